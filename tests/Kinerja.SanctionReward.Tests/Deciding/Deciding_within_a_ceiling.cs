using Kinerja.SanctionReward.Deciding;
using static Kinerja.SanctionReward.Tests.Evaluated;

namespace Kinerja.SanctionReward.Tests.Deciding;

public sealed class Deciding_within_a_ceiling
{
    // -2 % a month for each very poor quarter, at most 5 % a year.
    private static readonly Kinerja.SanctionReward.Policies.Policy Policy =
        TestPolicies.Regional(TestPolicies.Cut("cut", "Sangat Kurang", -2m, ceiling: 5m));

    private static EvaluationResult VeryPoor(int year, int quarter) => Quarter(year, quarter, "Sangat Kurang", 30m);

    private static decimal? CutFor(EvaluationResult evaluation, params EvaluationResult[] history) =>
        PolicyEngine.Propose(evaluation, history, [Policy]).SingleOrDefault()?.Decision.AllowancePercent;

    [Fact]
    public void cuts_below_the_ceiling_are_proposed_in_full()
    {
        CutFor(VeryPoor(2026, 2), VeryPoor(2026, 1)).ShouldBe(-2m);
    }

    [Fact]
    public void the_cut_that_reaches_the_ceiling_is_shrunk_to_what_is_left()
    {
        CutFor(VeryPoor(2026, 3), VeryPoor(2026, 1), VeryPoor(2026, 2)).ShouldBe(-1m);
    }

    [Fact]
    public void once_the_ceiling_is_used_up_no_cut_is_proposed()
    {
        CutFor(VeryPoor(2026, 4), VeryPoor(2026, 1), VeryPoor(2026, 2), VeryPoor(2026, 3)).ShouldBeNull();
    }

    [Fact]
    public void quarters_that_did_not_fire_use_none_of_the_ceiling()
    {
        CutFor(VeryPoor(2026, 4), VeryPoor(2026, 1), Quarter(2026, 2, "Baik"), VeryPoor(2026, 3)).ShouldBe(-1m);
        CutFor(VeryPoor(2026, 3), Quarter(2026, 1, "Baik"), VeryPoor(2026, 2)).ShouldBe(-2m);
    }

    [Fact]
    public void the_ceiling_starts_afresh_each_year()
    {
        CutFor(VeryPoor(2027, 1), VeryPoor(2026, 1), VeryPoor(2026, 2), VeryPoor(2026, 3), VeryPoor(2026, 4)).ShouldBe(-2m);
    }
}
