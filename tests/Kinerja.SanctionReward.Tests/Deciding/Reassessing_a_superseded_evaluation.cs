using Kinerja.SanctionReward.Deciding;
using Kinerja.SanctionReward.Policies;
using static Kinerja.SanctionReward.Tests.Evaluated;

namespace Kinerja.SanctionReward.Tests.Deciding;

public sealed class Reassessing_a_superseded_evaluation
{
    private static IReadOnlyList<DecisionProposal> Proposed(EvaluationResult evaluation, params EvaluationResult[] history) =>
        PolicyEngine.Propose(evaluation, history, ShippedPolicies.All);

    [Fact]
    public void a_superseding_evaluation_with_the_same_outcome_keeps_every_decision()
    {
        var earlier = Proposed(Year(2026, "Sangat Kurang", 40m, Echelon.II));

        var reassessment = PolicyEngine.Reassess(earlier, Year(2026, "Sangat Kurang", 42m, Echelon.II, revision: 2), [], ShippedPolicies.All);

        reassessment.Unchanged.ShouldBe(earlier);
        reassessment.Revoked.ShouldBeEmpty();
        reassessment.Replacements.ShouldBeEmpty();
    }

    [Fact]
    public void a_superseding_evaluation_that_no_longer_matches_revokes_the_decision()
    {
        var earlier = Proposed(Quarter(2026, 2, "Sangat Kurang", 30m));

        var reassessment = PolicyEngine.Reassess(earlier, Quarter(2026, 2, "Baik", 85m, revision: 2), [], ShippedPolicies.All);

        reassessment.Unchanged.ShouldBeEmpty();
        reassessment.Revoked.ShouldBe(earlier);
        reassessment.Replacements.ShouldBeEmpty();
    }

    [Fact]
    public void a_superseding_evaluation_with_another_outcome_replaces_the_decision()
    {
        var earlier = Proposed(Quarter(2026, 2, "Sangat Kurang", 30m));
        var superseding = Quarter(2026, 2, "Kurang", 55m, revision: 2);

        var reassessment = PolicyEngine.Reassess(earlier, superseding, [], ShippedPolicies.All);

        reassessment.Revoked.ShouldBe(earlier);
        var replacement = reassessment.Replacements.ShouldHaveSingleItem();
        replacement.Decision.AllowancePercent.ShouldBe(-1m);
        replacement.Basis.EvaluationId.ShouldBe(superseding.EvaluationId);
        replacement.Basis.RuleId.ShouldBe("cut-poor-quarter");
    }

    [Fact]
    public void only_the_decisions_that_change_are_revoked_and_replaced()
    {
        var earlier = Proposed(Year(2026, "Sangat Kurang", 40m, Echelon.II));

        var reassessment = PolicyEngine.Reassess(earlier, Year(2026, "Kurang", 45m, Echelon.II, revision: 2), [], ShippedPolicies.All);

        reassessment.Unchanged.Select(p => p.Basis.RuleId).ShouldBe(["senior-missed-year"]);
        reassessment.Revoked.Select(p => p.Basis.RuleId).ShouldBe(["cut-very-poor-year"]);
        reassessment.Replacements.Select(p => p.Basis.RuleId).ShouldBe(["cut-poor-year"]);
    }

    [Fact]
    public void a_decision_whose_ceiling_share_changes_is_replaced()
    {
        var policy = TestPolicies.Regional(TestPolicies.Cut("cut", "Sangat Kurang", -2m, ceiling: 3m));
        var earlier = PolicyEngine.Propose(Quarter(2026, 2, "Sangat Kurang", 30m), [], [policy]);

        var reassessment = PolicyEngine.Reassess(
            earlier, Quarter(2026, 2, "Sangat Kurang", 30m, revision: 2), [Quarter(2026, 1, "Sangat Kurang", 20m)], [policy]);

        reassessment.Revoked.ShouldBe(earlier);
        reassessment.Replacements.ShouldHaveSingleItem().Decision.AllowancePercent.ShouldBe(-1m);
    }

    [Fact]
    public void the_superseded_evaluation_in_the_history_is_ignored()
    {
        var superseded = Quarter(2026, 2, "Sangat Kurang", 30m);
        var earlier = Proposed(superseded);

        var reassessment = PolicyEngine.Reassess(earlier, Quarter(2026, 2, "Sangat Kurang", 31m, revision: 2), [superseded], ShippedPolicies.All);

        reassessment.Unchanged.ShouldBe(earlier);
    }

    [Fact]
    public void proposals_about_another_period_are_refused()
    {
        var earlier = Proposed(Quarter(2026, 1, "Sangat Kurang", 30m));

        Should.Throw<ArgumentException>(() => PolicyEngine.Reassess(earlier, Quarter(2026, 2, "Kurang", 55m), [], ShippedPolicies.All));
    }

    [Fact]
    public void reassessing_twice_gives_the_same_answer()
    {
        var earlier = Proposed(Year(2026, "Sangat Kurang", 40m, Echelon.II));
        var superseding = Year(2026, "Kurang", 45m, Echelon.II, revision: 2);

        var first = PolicyEngine.Reassess(earlier, superseding, [], ShippedPolicies.All);
        var second = PolicyEngine.Reassess(earlier, superseding, [], ShippedPolicies.All);

        second.Unchanged.ShouldBe(first.Unchanged);
        second.Revoked.ShouldBe(first.Revoked);
        second.Replacements.ShouldBe(first.Replacements);
        second.Replacements.ShouldNotBeEmpty();
    }
}
