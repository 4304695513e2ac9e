namespace Kinerja.Evaluations.Calculating;

/// <summary>
/// What a target of zero scores, since nothing may be divided by it. "Met" depends on polarity: a positive
/// indicator meets 0 with any R ≥ 0, a negative one only with R ≤ 0 (e.g. zero audit findings).
/// </summary>
internal sealed record ZeroTargetRule(decimal WhenMet, decimal WhenNotMet)
{
    public static ZeroTargetRule Default { get; } = new(100m, 0m);
}
