namespace Kinerja.Evaluations.Configuring;

/// <summary>A calculation rules version was set: the national default or a region's override.</summary>
internal sealed record CalculationRulesDefined(CalculationRules Rules, string DefinedBy);
