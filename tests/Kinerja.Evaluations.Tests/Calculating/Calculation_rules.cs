using Kinerja.Evaluations.Calculating;

namespace Kinerja.Evaluations.Tests.Calculating;

public sealed class Calculation_rules
{
    private static readonly CalculationRules National2024 = new() { Version = 2, EffectiveFrom = new DateOnly(2024, 1, 1), Weighted = true };

    private static readonly CalculationRules Kukar2025 = new()
    {
        RegionCode = "64.02",
        Version = 1,
        EffectiveFrom = new DateOnly(2025, 1, 1),
        NegativeFormula = NegativeFormula.TargetOverRealisation,
    };

    private static readonly CalculationRules[] Versions = [National2024, Kukar2025];

    [Fact]
    public void a_region_gets_its_own_rules_once_they_are_in_force()
    {
        CalculationRules.InForceFor(Versions, "64.02", new DateOnly(2025, 6, 30)).ShouldBe(Kukar2025);
        CalculationRules.InForceFor(Versions, "64.02", new DateOnly(2024, 12, 31)).ShouldBe(National2024);
    }

    [Fact]
    public void a_region_without_rules_of_its_own_gets_the_national_rules_in_force()
    {
        CalculationRules.InForceFor(Versions, "64.03", new DateOnly(2025, 6, 30)).ShouldBe(National2024);
    }

    [Fact]
    public void before_any_configured_version_the_built_in_national_default_applies()
    {
        CalculationRules.InForceFor(Versions, "64.03", new DateOnly(2020, 1, 1)).ShouldBe(CalculationRules.NationalDefault);
    }

    [Fact]
    public void the_region_rule_changes_the_figure_and_the_explanation_names_it()
    {
        var rules = CalculationRules.InForceFor(Versions, "64.02", new DateOnly(2026, 3, 31));
        var indicator = An.Annual(TargetValue.Of(10), 12, Polarity.Negative);

        var result = new AchievementCalculator(rules).Indicator(indicator, An.WholeYear);

        result.Achievement!.Rounded.ShouldBe(83.33m);
        result.Explanation.Rules.Text.ShouldBe("aturan perhitungan daerah 64.02 v1 (berlaku 2025-01-01)");
    }

    [Fact]
    public void the_built_in_defaults_are_valid()
    {
        CalculationRules.NationalDefault.Validate().Any.ShouldBeFalse();
    }

    [Fact]
    public void invalid_rules_are_refused_field_by_field()
    {
        var rules = new CalculationRules
        {
            RegionCode = "Kutai",
            Version = 0,
            EffectiveFrom = new DateOnly(2026, 1, 1),
            ZeroTarget = new ZeroTargetRule(WhenMet: 50, WhenNotMet: 80),
            Cap = new ScoreCap(0, -1, " "),
        };

        var errors = rules.Validate().ToDictionary();

        errors.Keys.ShouldBe(["regionCode", "version", "zeroTarget.whenNotMet", "cap.threshold", "cap.scoreAbove", "cap.name"], ignoreOrder: true);
        errors["zeroTarget.whenNotMet"].ShouldBe(["Missing a zero target cannot score more than meeting it."]);
    }
}
