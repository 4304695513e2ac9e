namespace Kinerja.Evaluations.Calculating;

/// <summary>Which version of which region's calculation rules produced a figure.</summary>
internal sealed record RulesApplied(string? RegionCode, int Version, DateOnly EffectiveFrom, string Text)
{
    public static RulesApplied From(CalculationRules rules) => new(rules.RegionCode, rules.Version, rules.EffectiveFrom, rules.Text);
}
