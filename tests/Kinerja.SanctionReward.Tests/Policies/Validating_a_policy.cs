using Kinerja.SanctionReward.Policies;
using Kinerja.SanctionReward.Policies.Validating;
using static Kinerja.SanctionReward.Tests.TestPolicies;

namespace Kinerja.SanctionReward.Tests.Policies;

public sealed class Validating_a_policy
{
    private static IDictionary<string, string[]> ErrorsOf(Policy policy) => PolicyValidation.Validate(policy, Labels).ToDictionary();

    private static IDictionary<string, string[]> ErrorsOf(PolicyRule rule) => ErrorsOf(Regional(rule));

    private static readonly PolicyRule Valid = Cut("cut", "Sangat Kurang");

    private static void ShouldOnlyFail(IDictionary<string, string[]> errors, string field)
    {
        errors.Keys.ShouldBe([field]);
        errors[field].ShouldHaveSingleItem().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void the_shipped_policies_are_valid()
    {
        PolicyValidation.Validate(ShippedPolicies.NationalDefault, RatingScales.AchievementLabels).Any.ShouldBeFalse();
        PolicyValidation.Validate(ShippedPolicies.KutaiKartanegaraExample, RatingScales.EmployeePredicateLabels).Any.ShouldBeFalse();
    }

    [Fact]
    public void a_policy_needs_an_id() => ShouldOnlyFail(ErrorsOf(Regional(Valid) with { Id = new PolicyId(" ") }), "id");

    [Fact]
    public void a_policy_id_missing_from_json_is_reported() => ShouldOnlyFail(ErrorsOf(Regional(Valid) with { Id = default }), "id");

    [Fact]
    public void the_version_starts_at_one() => ShouldOnlyFail(ErrorsOf(Regional(Valid) with { Version = 0 }), "version");

    [Theory]
    [InlineData("6402")]
    [InlineData("64.2")]
    [InlineData("Kutai")]
    [InlineData("")]
    public void a_region_is_a_kemendagri_code(string region) => ShouldOnlyFail(ErrorsOf(Regional(Valid) with { Region = region }), "region");

    [Fact]
    public void a_province_and_the_national_default_are_regions_enough()
    {
        ErrorsOf(Regional(Valid) with { Region = "64" }).ShouldBeEmpty();
        ErrorsOf(Regional(Valid) with { Region = null }).ShouldBeEmpty();
    }

    [Fact]
    public void a_policy_needs_an_effective_date() => ShouldOnlyFail(ErrorsOf(Regional(Valid) with { EffectiveFrom = null }), "effectiveFrom");

    [Fact]
    public void a_policy_needs_at_least_one_rule() => ShouldOnlyFail(ErrorsOf(Regional()), "rules");

    [Fact]
    public void rules_naming_labels_need_the_scale() => ShouldOnlyFail(ErrorsOf(Regional(Valid) with { ScaleId = null }), "scaleId");

    [Fact]
    public void a_blank_scale_is_no_scale() => ShouldOnlyFail(ErrorsOf(Regional(Valid) with { ScaleId = " " }), "scaleId");

    [Fact]
    public void a_missing_rule_is_reported_in_its_place() => ShouldOnlyFail(ErrorsOf(Regional(Valid, null!, Cut("other", "Kurang"))), "rules[1]");

    [Fact]
    public void rules_on_achievement_alone_need_no_scale() =>
        ErrorsOf(Regional(Valid with { Labels = null, AchievementBelow = 51m }) with { ScaleId = null }).ShouldBeEmpty();

    [Fact]
    public void a_rule_needs_an_id() => ShouldOnlyFail(ErrorsOf(Valid with { Id = "" }), "rules[0].id");

    [Fact]
    public void rule_ids_are_unique()
    {
        var errors = ErrorsOf(Regional(Valid, Cut("cut", "Kurang", -1m)));

        ShouldOnlyFail(errors, "rules[1].id");
    }

    [Fact]
    public void a_label_unknown_to_the_scale_is_named()
    {
        var errors = ErrorsOf(Valid with { Labels = ["Sangat Kurang", "Buruk"] });

        ShouldOnlyFail(errors, "rules[0].labels[1]");
        errors["rules[0].labels[1]"][0].ShouldContain("'Buruk'");
    }

    [Fact]
    public void labels_are_matched_exactly_as_the_scale_spells_them() =>
        ShouldOnlyFail(ErrorsOf(Valid with { Labels = ["sangat kurang"] }), "rules[0].labels[0]");

    [Fact]
    public void a_rule_must_look_at_the_rating_or_the_achievement() =>
        ShouldOnlyFail(ErrorsOf(Valid with { Labels = null }), "rules[0]");

    [Fact]
    public void achievement_is_never_negative() =>
        ShouldOnlyFail(ErrorsOf(Valid with { AchievementFrom = -1m }), "rules[0].achievementFrom");

    [Fact]
    public void an_upper_bound_of_zero_matches_nothing() =>
        ShouldOnlyFail(ErrorsOf(Valid with { AchievementBelow = 0m }), "rules[0].achievementBelow");

    [Theory]
    [InlineData(66, 51)]
    [InlineData(51, 51)]
    public void the_upper_bound_lies_above_the_lower(int from, int below) =>
        ShouldOnlyFail(ErrorsOf(Valid with { AchievementFrom = from, AchievementBelow = below }), "rules[0].achievementBelow");

    [Fact]
    public void at_least_one_period_must_match() =>
        ShouldOnlyFail(ErrorsOf(Valid with { ConsecutivePeriods = 0 }), "rules[0].consecutivePeriods");

    [Fact]
    public void an_echelon_is_listed_once() =>
        ShouldOnlyFail(ErrorsOf(Valid with { Echelons = [Echelon.II, Echelon.II] }), "rules[0].echelons");

    [Fact]
    public void a_rule_needs_a_decision() =>
        ShouldOnlyFail(ErrorsOf(Valid with { Decision = null, AllowancePercent = null, AllowanceTerm = null }), "rules[0].decision");

    [Fact]
    public void an_allowance_adjustment_needs_a_percentage() =>
        ShouldOnlyFail(ErrorsOf(Valid with { AllowancePercent = null }), "rules[0].allowancePercent");

    [Theory]
    [InlineData(-101)]
    [InlineData(101)]
    [InlineData(0)]
    public void the_percentage_lies_within_minus_100_and_100_and_is_not_zero(int percent) =>
        ShouldOnlyFail(ErrorsOf(Valid with { AllowancePercent = percent }), "rules[0].allowancePercent");

    [Theory]
    [InlineData(-100)]
    [InlineData(100)]
    public void the_percentage_bounds_are_allowed(int percent) => ErrorsOf(Valid with { AllowancePercent = percent }).ShouldBeEmpty();

    [Fact]
    public void an_allowance_adjustment_says_monthly_or_yearly() =>
        ShouldOnlyFail(ErrorsOf(Valid with { AllowanceTerm = null }), "rules[0].allowanceTerm");

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(101)]
    public void the_ceiling_lies_above_zero_and_at_most_100(int ceiling) =>
        ShouldOnlyFail(ErrorsOf(Valid with { AllowanceCeilingPercent = ceiling, AllowancePercent = -0.5m }), "rules[0].allowanceCeilingPercent");

    [Fact]
    public void the_ceiling_is_not_below_the_rule_own_percentage() =>
        ShouldOnlyFail(ErrorsOf(Valid with { AllowancePercent = -10m, AllowanceCeilingPercent = 5m }), "rules[0].allowanceCeilingPercent");

    [Fact]
    public void only_an_allowance_adjustment_has_a_percentage_a_term_and_a_ceiling()
    {
        var errors = ErrorsOf(Warning("warn") with { AllowancePercent = -2m, AllowanceTerm = AllowanceTerm.Monthly, AllowanceCeilingPercent = 5m });

        errors.Keys.ShouldBe(["rules[0].allowancePercent", "rules[0].allowanceTerm", "rules[0].allowanceCeilingPercent"], ignoreOrder: true);
    }

    [Fact]
    public void an_improvement_plan_needs_a_deadline() =>
        ShouldOnlyFail(ErrorsOf(Warning("plan") with { Decision = DecisionKind.ImprovementPlan }), "rules[0].deadlineMonths");

    [Theory]
    [InlineData(0)]
    [InlineData(-6)]
    public void the_deadline_is_positive(int months) =>
        ShouldOnlyFail(ErrorsOf(Warning("plan") with { Decision = DecisionKind.ImprovementPlan, DeadlineMonths = months }), "rules[0].deadlineMonths");

    [Fact]
    public void only_an_improvement_plan_has_a_deadline() =>
        ShouldOnlyFail(ErrorsOf(Warning("warn") with { DeadlineMonths = 6 }), "rules[0].deadlineMonths");

    [Fact]
    public void an_hr_recommendation_says_what_is_recommended() =>
        ShouldOnlyFail(ErrorsOf(Warning("hr") with { Decision = DecisionKind.HrRecommendation }), "rules[0].recommendation");

    [Fact]
    public void an_improvement_plan_may_name_its_follow_up_but_a_warning_may_not()
    {
        ErrorsOf(Warning("plan") with { Decision = DecisionKind.ImprovementPlan, DeadlineMonths = 6, Recommendation = HrRecommendation.Demotion })
            .ShouldBeEmpty();
        ShouldOnlyFail(ErrorsOf(Warning("warn") with { Recommendation = HrRecommendation.Demotion }), "rules[0].recommendation");
    }

    [Fact]
    public void every_error_is_reported_at_once()
    {
        var policy = new Policy { Rules = [new PolicyRule { ConsecutivePeriods = 0 }] };

        PolicyValidation.Validate(policy, Labels).ToDictionary().Keys.ShouldBe(
            ["id", "version", "effectiveFrom", "rules[0].id", "rules[0]", "rules[0].consecutivePeriods", "rules[0].decision"], ignoreOrder: true);
    }
}
