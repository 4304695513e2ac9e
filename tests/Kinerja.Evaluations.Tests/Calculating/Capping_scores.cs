using Kinerja.Evaluations.Calculating;

namespace Kinerja.Evaluations.Tests.Calculating;

public sealed class Capping_scores
{
    private static IndicatorAchievement Year(decimal realisation, ScoreCap? cap) =>
        new AchievementCalculator(An.Rules(cap: cap)).Indicator(An.Annual(TargetValue.Of(100), realisation), An.WholeYear);

    [Fact]
    public void displayed_achievement_stays_uncapped_while_the_score_is_capped()
    {
        var result = Year(150, ScoreCap.Plain(100));

        result.Achievement!.Exact.ShouldBe(150m);
        result.Score!.Exact.ShouldBe(100m);
        result.Explanation.Cap.ShouldBe("batas 100: capaian 150,00 > 100 → skor 100,00");
    }

    [Fact]
    public void the_permenpan_rb_rule_scores_120_above_110_percent_and_the_achievement_itself_up_to_110()
    {
        Year(111, ScoreCap.PermenPanRb).Score!.Exact.ShouldBe(120m);
        Year(180, ScoreCap.PermenPanRb).Score!.Exact.ShouldBe(120m);
        Year(110, ScoreCap.PermenPanRb).Score!.Exact.ShouldBe(110m);
        Year(95, ScoreCap.PermenPanRb).Score!.Exact.ShouldBe(95m);
    }

    [Fact]
    public void the_cap_compares_the_achievement_as_displayed()
    {
        var shownAs110 = new AchievementCalculator(An.Rules(cap: ScoreCap.PermenPanRb))
            .Indicator(An.Annual(TargetValue.Of(1000), 1100.04m), An.WholeYear);
        var shownAs110_01 = new AchievementCalculator(An.Rules(cap: ScoreCap.PermenPanRb))
            .Indicator(An.Annual(TargetValue.Of(1000), 1100.05m), An.WholeYear);

        shownAs110.Score!.Exact.ShouldBe(110.004m);
        shownAs110.Explanation.Cap.ShouldBe("PermenPAN-RB 8/2021: capaian 110,00 ≤ 110 → skor = capaian = 110,00");
        shownAs110_01.Score!.Exact.ShouldBe(120m);
    }

    [Fact]
    public void without_a_cap_the_score_is_the_achievement()
    {
        var result = Year(180, cap: null);

        result.Score!.Exact.ShouldBe(180m);
        result.Explanation.Cap.ShouldBe("tanpa batas skor: skor = capaian = 180,00");
    }

    [Fact]
    public void the_national_default_caps_the_way_permenpan_rb_does()
    {
        CalculationRules.NationalDefault.Cap.ShouldBe(ScoreCap.PermenPanRb);
        CalculationRules.NationalDefault.NegativeFormula.ShouldBe(NegativeFormula.TwiceTargetMinusRealisation);
        CalculationRules.NationalDefault.ZeroTarget.ShouldBe(new ZeroTargetRule(100, 0));
        CalculationRules.NationalDefault.Weighted.ShouldBeFalse();
    }

    [Fact]
    public void roll_ups_average_the_capped_scores_and_the_uncapped_achievements_separately()
    {
        var objective = An.Objective("Sasaran", 1,
            An.Annual(TargetValue.Of(100), 200),
            An.Annual(TargetValue.Of(100), 80));

        var result = new AchievementCalculator(An.Rules(cap: ScoreCap.Plain(100))).Objective(objective, An.WholeYear);

        result.Achievement!.Exact.ShouldBe(140m);
        result.Score!.Exact.ShouldBe(90m);
    }
}
