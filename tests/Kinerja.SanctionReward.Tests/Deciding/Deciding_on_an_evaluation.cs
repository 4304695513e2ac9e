using Kinerja.SanctionReward.Deciding;
using Kinerja.SanctionReward.Policies;
using static Kinerja.SanctionReward.Tests.Evaluated;

namespace Kinerja.SanctionReward.Tests.Deciding;

public sealed class Deciding_on_an_evaluation
{
    private static IReadOnlyList<DecisionProposal> Propose(EvaluationResult evaluation, params EvaluationResult[] history) =>
        PolicyEngine.Propose(evaluation, history, ShippedPolicies.All);

    [Fact]
    public void a_very_good_year_is_recognised()
    {
        var proposal = Propose(Year(2026, "Sangat Baik", 105m)).ShouldHaveSingleItem();

        proposal.Decision.ShouldBe(new Decision(DecisionKind.Recognition));
        proposal.Basis.RuleId.ShouldBe("recognise-very-good-year");
    }

    [Fact]
    public void a_very_poor_quarter_cuts_the_allowance_by_two_percent_a_month()
    {
        var proposal = Propose(Quarter(2026, 1, "Sangat Kurang", 30m)).ShouldHaveSingleItem();

        proposal.Decision.ShouldBe(new Decision(DecisionKind.AllowanceAdjustment, -2m, AllowanceTerm.Monthly, 6m));
    }

    [Fact]
    public void a_poor_year_cuts_half_of_the_year_allowance()
    {
        var proposal = Propose(Year(2026, "Kurang", 60m)).ShouldHaveSingleItem();

        proposal.Decision.ShouldBe(new Decision(DecisionKind.AllowanceAdjustment, -50m, AllowanceTerm.Yearly));
    }

    [Fact]
    public void a_good_quarter_leads_to_no_decision()
    {
        Propose(Quarter(2026, 2, "Baik", 95m)).ShouldBeEmpty();
    }

    [Fact]
    public void each_proposal_cites_the_evaluation_the_policy_version_and_the_rule()
    {
        var evaluation = Quarter(2026, 3, "Kurang", 55m);

        var proposal = Propose(evaluation).ShouldHaveSingleItem();

        proposal.Basis.ShouldBe(new DecisionBasis(evaluation.EvaluationId, new PolicyId("64.02-tpp"), 1, "cut-poor-quarter"));
        proposal.Id.ShouldBe($"{evaluation.EvaluationId}/64.02-tpp/v1/cut-poor-quarter");
        proposal.AgreementId.ShouldBe(evaluation.AgreementId);
        proposal.ReceiverNip.ShouldBe(Nip);
        proposal.Region.ShouldBe("64.02");
        proposal.Period.ShouldBe(EvaluationPeriod.Quarterly(2026, 3));
    }

    [Fact]
    public void every_rule_that_fires_gives_a_proposal_in_the_order_of_the_rules()
    {
        var proposals = Propose(Year(2026, "Sangat Kurang", 40m, Echelon.II));

        proposals.Select(p => p.Basis.RuleId).ShouldBe(["cut-very-poor-year", "senior-missed-year"]);
    }

    [Fact]
    public void a_senior_official_who_missed_the_year_gets_six_months_to_improve_then_a_reassessment()
    {
        var proposal = Propose(Year(2026, "Baik", 92m, Echelon.II)).ShouldHaveSingleItem();

        proposal.Decision.ShouldBe(new Decision(DecisionKind.ImprovementPlan, DeadlineMonths: 6, Recommendation: HrRecommendation.CompetencyReassessment));
    }

    [Fact]
    public void the_echelon_filter_leaves_other_echelons_alone()
    {
        Propose(Year(2026, "Baik", 92m, Echelon.III)).ShouldBeEmpty();
        Propose(Year(2026, "Baik", 92m, Echelon.JF)).ShouldBeEmpty();
    }

    [Fact]
    public void a_senior_official_who_missed_two_years_in_a_row_is_recommended_for_transfer()
    {
        var proposals = Propose(Year(2026, "Baik", 92m, Echelon.II), Year(2025, "Baik", 97m, Echelon.II));

        proposals.Select(p => p.Decision).ShouldBe([
            new Decision(DecisionKind.ImprovementPlan, DeadlineMonths: 6, Recommendation: HrRecommendation.CompetencyReassessment),
            new Decision(DecisionKind.HrRecommendation, Recommendation: HrRecommendation.Transfer),
        ]);
    }

    [Fact]
    public void a_met_year_before_breaks_the_senior_streak()
    {
        Propose(Year(2026, "Baik", 92m, Echelon.II), Year(2025, "Sangat Baik", 100m, Echelon.II))
            .Select(p => p.Basis.RuleId).ShouldBe(["senior-missed-year"]);
    }

    [Fact]
    public void achievement_exactly_at_the_upper_bound_does_not_match()
    {
        Propose(Year(2026, "Baik", 100m, Echelon.II)).ShouldBeEmpty();
    }

    [Fact]
    public void a_label_of_another_scale_never_matches()
    {
        Propose(Quarter(2026, 1, "Sangat Kurang", 30m, scale: "another-scale")).ShouldBeEmpty();
    }

    [Fact]
    public void an_evaluation_in_a_region_without_a_policy_falls_back_to_the_national_default()
    {
        var proposal = Propose(Year(2026, "Sangat Tinggi", 98m, region: "11.01", scale: RatingScales.Achievement)).ShouldHaveSingleItem();

        proposal.Basis.PolicyId.ShouldBe(ShippedPolicies.NationalDefault.Id);
        proposal.Decision.Kind.ShouldBe(DecisionKind.Recognition);
    }

    [Fact]
    public void a_regional_policy_replaces_the_national_default_entirely()
    {
        // Two quarters below 51 % warn under the national default, which 64.02 does not follow.
        var evaluation = Quarter(2026, 2, "Baik", 40m, scale: RatingScales.Achievement);

        Propose(evaluation, Quarter(2026, 1, "Baik", 45m, scale: RatingScales.Achievement)).ShouldBeEmpty();
        Propose(evaluation with { Region = "11.01" }, Quarter(2026, 1, "Baik", 45m, region: "11.01", scale: RatingScales.Achievement))
            .ShouldHaveSingleItem().Basis.RuleId.ShouldBe("warn-two-low-quarters");
    }

    [Fact]
    public void a_region_whose_policy_is_not_yet_in_force_follows_the_national_default()
    {
        var evaluation = Year(2025, "Sangat Tinggi", 98m, scale: RatingScales.Achievement);

        Propose(evaluation).ShouldHaveSingleItem().Basis.PolicyId.ShouldBe(ShippedPolicies.NationalDefault.Id);
    }

    [Fact]
    public void without_any_policy_in_force_nothing_is_proposed()
    {
        PolicyEngine.Propose(Quarter(2026, 1, "Sangat Kurang", 30m), [], [ShippedPolicies.NationalDefault with { EffectiveFrom = new DateOnly(2030, 1, 1) }])
            .ShouldBeEmpty();
    }

    [Fact]
    public void the_version_in_force_at_the_evaluated_period_decides_not_the_latest_one()
    {
        var first = TestPolicies.Regional(TestPolicies.Cut("cut", "Kurang", -1m));
        var second = first with { Version = 2, EffectiveFrom = new DateOnly(2026, 7, 1), Rules = [TestPolicies.Cut("cut", "Kurang", -3m)] };
        Policy[] policies = [second, first];

        var secondQuarter = PolicyEngine.Propose(Quarter(2026, 2, "Kurang"), [], policies).ShouldHaveSingleItem();
        var thirdQuarter = PolicyEngine.Propose(Quarter(2026, 3, "Kurang"), [], policies).ShouldHaveSingleItem();

        secondQuarter.Basis.PolicyVersion.ShouldBe(1);
        secondQuarter.Decision.AllowancePercent.ShouldBe(-1m);
        thirdQuarter.Basis.PolicyVersion.ShouldBe(2);
        thirdQuarter.Decision.AllowancePercent.ShouldBe(-3m);
    }

    [Fact]
    public void a_version_taking_effect_within_the_quarter_governs_that_quarter()
    {
        var first = TestPolicies.Regional(TestPolicies.Cut("cut", "Kurang", -1m));
        var second = first with { Version = 2, EffectiveFrom = new DateOnly(2026, 9, 30), Rules = [TestPolicies.Cut("cut", "Kurang", -3m)] };

        PolicyEngine.Propose(Quarter(2026, 3, "Kurang"), [], [first, second]).ShouldHaveSingleItem().Basis.PolicyVersion.ShouldBe(2);
    }

    [Fact]
    public void a_raise_is_proposed_as_a_positive_adjustment()
    {
        var policy = TestPolicies.Regional(TestPolicies.Cut("raise", "Sangat Baik", 5m, kind: PeriodKind.Final));

        PolicyEngine.Propose(Year(2026, "Sangat Baik"), [], [policy]).ShouldHaveSingleItem().Decision.AllowancePercent.ShouldBe(5m);
    }

    [Fact]
    public void proposing_twice_gives_the_same_proposals_with_the_same_ids_whatever_the_order_of_the_inputs()
    {
        var evaluation = Year(2026, "Sangat Kurang", 40m, Echelon.II);
        EvaluationResult[] history = [Year(2024, "Kurang", 50m, Echelon.II), Year(2025, "Kurang", 60m, Echelon.II), Quarter(2026, 4, "Kurang")];

        var first = PolicyEngine.Propose(evaluation, history, ShippedPolicies.All);
        var second = PolicyEngine.Propose(evaluation, history.AsEnumerable().Reverse(), ShippedPolicies.All.Reverse());

        first.Count.ShouldBe(3);
        second.ShouldBe(first);
    }
}
