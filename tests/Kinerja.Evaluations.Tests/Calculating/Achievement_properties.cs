using Kinerja.Evaluations.Calculating;

namespace Kinerja.Evaluations.Tests.Calculating;

/// <summary>Properties that must hold for any numbers, checked on seeded random samples (reproducible).</summary>
public sealed class Achievement_properties
{
    private const int Samples = 500;

    private static decimal Random2(Random random, int max) => random.Next(0, max * 100) / 100m;

    private static decimal Achievement(decimal target, decimal realisation, Polarity polarity, CalculationRules rules) =>
        new AchievementCalculator(rules).Indicator(An.Annual(TargetValue.Of(target), realisation, polarity), An.WholeYear).Achievement!.Exact;

    [Fact]
    public void positive_achievement_never_falls_when_the_realisation_rises()
    {
        var random = new Random(20260101);
        for (var i = 0; i < Samples; i++)
        {
            var target = Random2(random, 1000) + 0.01m;
            var lower = Random2(random, 2000);
            var higher = lower + Random2(random, 100);

            Achievement(target, higher, Polarity.Positive, An.Rules())
                .ShouldBeGreaterThanOrEqualTo(Achievement(target, lower, Polarity.Positive, An.Rules()), $"T={target}, R={lower}→{higher}");
        }
    }

    [Fact]
    public void negative_achievement_never_rises_when_the_realisation_rises_and_never_goes_below_zero()
    {
        var random = new Random(20260102);
        for (var i = 0; i < Samples; i++)
        {
            var rules = An.Rules(negative: i % 2 == 0 ? NegativeFormula.TwiceTargetMinusRealisation : NegativeFormula.TargetOverRealisation);
            var target = Random2(random, 1000) + 0.01m;
            var lower = Random2(random, 3000) + 0.01m;
            var higher = lower + Random2(random, 100);

            var atHigher = Achievement(target, higher, Polarity.Negative, rules);
            atHigher.ShouldBeLessThanOrEqualTo(Achievement(target, lower, Polarity.Negative, rules), $"T={target}, R={lower}→{higher}");
            atHigher.ShouldBeGreaterThanOrEqualTo(0m);
        }
    }

    [Fact]
    public void meeting_the_target_exactly_achieves_100_under_every_formula()
    {
        var random = new Random(20260103);
        for (var i = 0; i < Samples; i++)
        {
            var target = Random2(random, 1000) + 0.01m;

            Achievement(target, target, Polarity.Positive, An.Rules()).ShouldBe(100m);
            Achievement(target, target, Polarity.Negative, An.Rules()).ShouldBe(100m);
            Achievement(target, target, Polarity.Negative, An.Rules(negative: NegativeFormula.TargetOverRealisation)).ShouldBe(100m);
        }
    }

    [Fact]
    public void a_capped_score_never_exceeds_the_cap_and_never_exceeds_the_achievement()
    {
        var random = new Random(20260104);
        var calculator = new AchievementCalculator(An.Rules(cap: ScoreCap.Plain(100)));
        for (var i = 0; i < Samples; i++)
        {
            var result = calculator.Indicator(An.Annual(TargetValue.Of(Random2(random, 100) + 0.01m), Random2(random, 300)), An.WholeYear);

            result.Score!.Exact.ShouldBeLessThanOrEqualTo(100m);
            result.Score.Exact.ShouldBeLessThanOrEqualTo(result.Achievement!.Exact);
        }
    }

    [Fact]
    public void a_sum_indicator_with_per_quarter_targets_and_the_same_targets_made_cumulative_achieves_the_same()
    {
        var random = new Random(20260105);
        var calculator = new AchievementCalculator(An.Rules());
        for (var i = 0; i < Samples / 10; i++)
        {
            decimal?[] perQuarter = [.. Enumerable.Range(0, 4).Select(_ => (decimal?)(Random2(random, 50) + 1))];
            decimal?[] cumulative = [.. perQuarter.Select((_, q) => perQuarter.Take(q + 1).Sum())];
            decimal?[] realisations = [.. Enumerable.Range(0, 4).Select(_ => (decimal?)Random2(random, 60))];
            var upTo = An.Tw(random.Next(1, 5));

            calculator.Indicator(An.Indicator(perQuarter, realisations), upTo).Achievement!.Exact.ShouldBe(
                calculator.Indicator(An.Indicator(cumulative, realisations, accumulation: TargetAccumulation.Cumulative), upTo).Achievement!.Exact);
        }
    }
}
