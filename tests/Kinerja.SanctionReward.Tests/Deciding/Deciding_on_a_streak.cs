using Kinerja.SanctionReward.Deciding;
using Kinerja.SanctionReward.Policies;
using static Kinerja.SanctionReward.Tests.Evaluated;

namespace Kinerja.SanctionReward.Tests.Deciding;

/// <summary>"Two consecutive quarters below 51 %" under the national default, in a region without a policy.</summary>
public sealed class Deciding_on_a_streak
{
    private const string NoPolicy = "11.01";

    private static EvaluationResult Low(int year, int quarter, decimal achievement = 45m, string nip = Nip) =>
        Quarter(year, quarter, "Sangat Rendah", achievement, region: NoPolicy, scale: RatingScales.Achievement, nip: nip);

    private static IReadOnlyList<DecisionProposal> Propose(EvaluationResult evaluation, params EvaluationResult[] history) =>
        PolicyEngine.Propose(evaluation, history, [ShippedPolicies.NationalDefault]);

    [Fact]
    public void two_consecutive_quarters_below_51_percent_lead_to_a_written_warning()
    {
        Propose(Low(2026, 2), Low(2026, 1)).ShouldHaveSingleItem().Decision.ShouldBe(new Decision(DecisionKind.WrittenWarning));
    }

    [Fact]
    public void a_single_quarter_below_51_percent_is_not_yet_a_streak()
    {
        Propose(Low(2026, 1)).ShouldBeEmpty();
    }

    [Fact]
    public void a_better_quarter_in_between_breaks_the_streak()
    {
        Propose(Low(2026, 3), Low(2026, 2, achievement: 51m), Low(2026, 1)).ShouldBeEmpty();
    }

    [Fact]
    public void a_quarter_not_evaluated_breaks_the_streak()
    {
        Propose(Low(2026, 3), Low(2026, 1)).ShouldBeEmpty();
    }

    [Fact]
    public void the_streak_runs_across_the_year_boundary()
    {
        Propose(Low(2026, 1), Low(2025, 4)).ShouldHaveSingleItem().Decision.Kind.ShouldBe(DecisionKind.WrittenWarning);
    }

    [Fact]
    public void another_receiver_low_quarter_does_not_count()
    {
        Propose(Low(2026, 2), Low(2026, 1, nip: OtherNip)).ShouldBeEmpty();
    }

    [Fact]
    public void a_later_quarter_in_the_history_does_not_count()
    {
        Propose(Low(2026, 2), Low(2026, 3)).ShouldBeEmpty();
    }

    [Fact]
    public void two_evaluations_of_one_earlier_quarter_are_refused()
    {
        Should.Throw<ArgumentException>(() => Propose(Low(2026, 2), Low(2026, 1), Low(2026, 1) with { Achievement = 20m }));
    }
}
