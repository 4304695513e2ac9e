namespace Kinerja.Evaluations.Calculating;

/// <summary>An achievement with the formula that produced it, in words and in numbers.</summary>
internal sealed record FormulaResult(decimal Value, string Text);
