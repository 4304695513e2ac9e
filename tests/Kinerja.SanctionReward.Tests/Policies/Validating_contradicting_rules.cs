using Kinerja.SanctionReward.Policies;
using Kinerja.SanctionReward.Policies.Validating;
using static Kinerja.SanctionReward.Tests.TestPolicies;

namespace Kinerja.SanctionReward.Tests.Policies;

public sealed class Validating_contradicting_rules
{
    private static IDictionary<string, string[]> ErrorsOf(params PolicyRule[] rules) =>
        PolicyValidation.Validate(Regional(rules), Labels).ToDictionary();

    private static PolicyRule Plan(string id) => Warning(id) with { Decision = DecisionKind.ImprovementPlan, DeadlineMonths = 6 };

    private static PolicyRule Recommend(string id, HrRecommendation recommendation) =>
        Warning(id) with { Decision = DecisionKind.HrRecommendation, Recommendation = recommendation };

    [Fact]
    public void two_cuts_for_the_same_label_and_period_contradict()
    {
        var errors = ErrorsOf(Cut("a", "Kurang", -1m), Cut("b", "Kurang", -2m));

        errors.Keys.ShouldBe(["rules[1]"]);
        errors["rules[1]"].ShouldHaveSingleItem().ShouldBe(
            "Contradicts rule 'a' (rules[0]): both can match the same evaluation and both decide allowanceAdjustment.");
    }

    [Fact]
    public void identical_warnings_contradict_because_they_would_warn_twice() =>
        ErrorsOf(Warning("a"), Warning("b")).Keys.ShouldBe(["rules[1]"]);

    [Fact]
    public void a_rule_for_any_period_overlaps_a_quarterly_one() =>
        ErrorsOf(Cut("a", "Kurang", kind: null), Cut("b", "Kurang")).Keys.ShouldBe(["rules[1]"]);

    [Fact]
    public void a_longer_streak_does_not_avoid_the_contradiction() =>
        ErrorsOf(Warning("a"), Warning("b") with { ConsecutivePeriods = 2 }).Keys.ShouldBe(["rules[1]"]);

    [Fact]
    public void overlapping_achievement_ranges_contradict() =>
        ErrorsOf(
                Warning("a") with { Labels = null, AchievementBelow = 60m },
                Warning("b") with { Labels = null, AchievementFrom = 51m, AchievementBelow = 66m })
            .Keys.ShouldBe(["rules[1]"]);

    [Fact]
    public void a_label_rule_and_an_achievement_rule_may_match_together() =>
        ErrorsOf(Warning("a"), Warning("b") with { Labels = null, AchievementBelow = 51m }).Keys.ShouldBe(["rules[1]"]);

    [Fact]
    public void same_hr_recommendations_contradict() =>
        ErrorsOf(Recommend("a", HrRecommendation.Transfer), Recommend("b", HrRecommendation.Transfer)).Keys.ShouldBe(["rules[1]"]);

    [Fact]
    public void a_rule_contradicting_two_others_names_both()
    {
        var errors = ErrorsOf(Warning("a", "Kurang"), Warning("b", "Sangat Kurang"), Warning("c") with { Labels = ["Kurang", "Sangat Kurang"] });

        errors.Keys.ShouldBe(["rules[2]"]);
        errors["rules[2]"].Length.ShouldBe(2);
    }

    [Fact]
    public void different_labels_do_not_contradict() => ErrorsOf(Cut("a", "Kurang", -1m), Cut("b", "Sangat Kurang")).ShouldBeEmpty();

    [Fact]
    public void different_period_kinds_do_not_contradict() =>
        ErrorsOf(Cut("a", "Kurang"), Cut("b", "Kurang", -50m, kind: PeriodKind.Final)).ShouldBeEmpty();

    [Fact]
    public void adjacent_achievement_ranges_do_not_contradict() =>
        ErrorsOf(
                Warning("a") with { Labels = null, AchievementBelow = 51m },
                Warning("b") with { Labels = null, AchievementFrom = 51m, AchievementBelow = 66m })
            .ShouldBeEmpty();

    [Fact]
    public void different_echelons_do_not_contradict() =>
        ErrorsOf(Plan("a") with { Echelons = [Echelon.II] }, Plan("b") with { Echelons = [Echelon.III, Echelon.IV] }).ShouldBeEmpty();

    [Fact]
    public void shared_echelons_contradict() =>
        ErrorsOf(Plan("a") with { Echelons = [Echelon.II, Echelon.III] }, Plan("b") with { Echelons = [Echelon.III] }).Keys.ShouldBe(["rules[1]"]);

    [Fact]
    public void different_kinds_of_decision_do_not_contradict() => ErrorsOf(Cut("a", "Kurang"), Warning("b"), Plan("c")).ShouldBeEmpty();

    [Fact]
    public void different_hr_recommendations_do_not_contradict() =>
        ErrorsOf(Recommend("a", HrRecommendation.CompetencyReassessment), Recommend("b", HrRecommendation.Transfer)).ShouldBeEmpty();
}
