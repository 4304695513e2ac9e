using Kinerja.Evaluations.Calculating;

namespace Kinerja.Evaluations.Tests.Calculating;

public sealed class Achievement_formulas
{
    private static IndicatorAchievement Year(IndicatorInput indicator, CalculationRules? rules = null) =>
        new AchievementCalculator(rules ?? An.Rules()).Indicator(indicator, An.WholeYear);

    private static decimal Achievement(TargetValue target, decimal r, Polarity polarity = Polarity.Positive, CalculationRules? rules = null, bool maximum = false) =>
        Year(An.Annual(target, r, polarity, maximum), rules).Achievement!.Exact;

    [Fact]
    public void positive_achievement_is_realisation_over_target()
    {
        Achievement(TargetValue.Of(80), 60).ShouldBe(75m);
        Achievement(TargetValue.Of(80), 100).ShouldBe(125m);
    }

    [Fact]
    public void negative_achievement_is_twice_the_target_minus_realisation_over_target()
    {
        Achievement(TargetValue.Of(10), 12, Polarity.Negative).ShouldBe(80m);
        Achievement(TargetValue.Of(10), 8, Polarity.Negative).ShouldBe(120m);
        Achievement(TargetValue.Of(10), 10, Polarity.Negative).ShouldBe(100m);
    }

    [Fact]
    public void negative_achievement_above_twice_the_target_floors_at_zero()
    {
        Achievement(TargetValue.Of(10), 20, Polarity.Negative).ShouldBe(0m);
        Achievement(TargetValue.Of(10), 25, Polarity.Negative).ShouldBe(0m);
        Year(An.Annual(TargetValue.Of(10), 25, Polarity.Negative)).Explanation.Formula
            .ShouldBe("negatif: (2T − R) / T × 100 = (2×10 − 25) / 10 × 100 = −50,00, dibatasi bawah 0 → 0,00");
    }

    [Fact]
    public void a_region_may_use_target_over_realisation_for_negative_indicators()
    {
        var rules = An.Rules(negative: NegativeFormula.TargetOverRealisation);

        Achievement(TargetValue.Of(10), 12, Polarity.Negative, rules).ShouldBe(10m / 12m * 100m);
        Achievement(TargetValue.Of(10), 5, Polarity.Negative, rules).ShouldBe(200m);
        Year(An.Annual(TargetValue.Of(10), 12, Polarity.Negative), rules).Explanation.Formula
            .ShouldBe("negatif: T / R × 100 = 10 / 12 × 100 = 83,33");
    }

    [Fact]
    public void target_over_realisation_never_divides_by_a_zero_realisation()
    {
        var rules = An.Rules(negative: NegativeFormula.TargetOverRealisation, zero: new ZeroTargetRule(110, 0));

        var result = Year(An.Annual(TargetValue.Of(5), 0, Polarity.Negative), rules);

        result.Achievement!.Exact.ShouldBe(110m);
        result.Explanation.Formula!.ShouldContain("R = 0 tidak dapat menjadi pembagi");
    }

    [Fact]
    public void a_zero_target_of_a_positive_indicator_is_met_by_any_non_negative_realisation()
    {
        Achievement(TargetValue.Of(0), 0).ShouldBe(100m);
        Achievement(TargetValue.Of(0), 3).ShouldBe(100m);
        Achievement(TargetValue.Of(0), -1).ShouldBe(0m);
    }

    [Fact]
    public void a_zero_target_of_a_negative_indicator_is_met_only_by_a_zero_realisation()
    {
        Achievement(TargetValue.Of(0), 0, Polarity.Negative).ShouldBe(100m);
        Achievement(TargetValue.Of(0), 2, Polarity.Negative).ShouldBe(0m);
        Year(An.Annual(TargetValue.Of(0), 2, Polarity.Negative)).Explanation.Formula
            .ShouldBe("target 0 tidak dapat menjadi pembagi; aturan target nol: bukan negatif, R = 2 ≤ 0 → tidak tercapai = 0,00");
    }

    [Fact]
    public void a_region_rule_overrides_what_a_zero_target_scores()
    {
        var rules = An.Rules(zero: new ZeroTargetRule(WhenMet: 120, WhenNotMet: 50));

        Achievement(TargetValue.Of(0), 0, Polarity.Negative, rules).ShouldBe(120m);
        Achievement(TargetValue.Of(0), 4, Polarity.Negative, rules).ShouldBe(50m);
    }

    [Fact]
    public void a_realisation_inside_a_range_target_achieves_100()
    {
        Achievement(TargetValue.Between(80, 90), 80).ShouldBe(100m);
        Achievement(TargetValue.Between(80, 90), 85).ShouldBe(100m);
        Achievement(TargetValue.Between(80, 90), 90, Polarity.Negative).ShouldBe(100m);
    }

    [Fact]
    public void above_a_positive_range_the_upper_bound_is_the_target_and_it_counts_as_over_achievement()
    {
        Achievement(TargetValue.Between(80, 90), 99).ShouldBe(110m);
        Year(An.Annual(TargetValue.Between(80, 90), 99)).Explanation.Formula
            .ShouldBe("rentang 80–90, R = 99 di atas rentang → T = batas atas 90; positif: R / T × 100 = 99 / 90 × 100 = 110,00");
    }

    [Fact]
    public void below_a_positive_range_the_lower_bound_is_the_target()
    {
        Achievement(TargetValue.Between(80, 90), 72).ShouldBe(90m);
    }

    [Fact]
    public void above_a_negative_range_the_upper_bound_is_the_target_and_it_counts_as_a_shortfall()
    {
        Achievement(TargetValue.Between(5, 10), 12, Polarity.Negative).ShouldBe(80m);
    }

    [Fact]
    public void below_a_negative_range_the_lower_bound_is_the_target_and_it_counts_as_over_achievement()
    {
        Achievement(TargetValue.Between(5, 10), 4, Polarity.Negative).ShouldBe(120m);
    }

    [Fact]
    public void a_range_starting_at_zero_uses_the_zero_target_rule_below_it()
    {
        Achievement(TargetValue.Between(0, 5), -1).ShouldBe(0m);
    }

    [Fact]
    public void a_maximum_target_gives_no_credit_beyond_100()
    {
        Achievement(TargetValue.Of(100), 120, maximum: true).ShouldBe(100m);
        Achievement(TargetValue.Of(10), 6, Polarity.Negative, maximum: true).ShouldBe(100m);
        Year(An.Annual(TargetValue.Of(100), 120, maximum: true)).Explanation.Formula
            .ShouldBe("positif: R / T × 100 = 120 / 100 × 100 = 120,00; target maksimal: capaian tidak melebihi 100 → 100,00");
    }

    [Fact]
    public void a_maximum_target_still_shows_a_shortfall()
    {
        Achievement(TargetValue.Of(100), 80, maximum: true).ShouldBe(80m);
        Achievement(TargetValue.Of(10), 12, Polarity.Negative, maximum: true).ShouldBe(80m);
    }

    [Fact]
    public void achievement_keeps_full_precision_and_displays_two_decimals_rounded_half_away_from_zero()
    {
        var result = Year(An.Annual(TargetValue.Of(3), 2));

        result.Achievement!.Exact.ShouldBe(2m / 3m * 100m);
        result.Achievement.Rounded.ShouldBe(66.67m);
        result.Achievement.Text.ShouldBe("66,67");
        new Figure(12.345m).Rounded.ShouldBe(12.35m);
        new Figure(-12.345m).Rounded.ShouldBe(-12.35m);
        new Figure(1234.5m).Text.ShouldBe("1.234,50");
    }
}
