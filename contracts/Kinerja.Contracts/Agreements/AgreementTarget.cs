namespace Kinerja.Contracts.Agreements;

/// <summary>
/// A target: a number (<paramref name="Value"/>), a range (<paramref name="Lower"/>–<paramref name="Upper"/>),
/// or a number flagged as a ceiling not to be exceeded (<paramref name="IsMaximum"/>).
/// </summary>
/// <param name="Value">The target number; null for a range.</param>
/// <param name="Lower">The range's lower bound; null for a number.</param>
/// <param name="Upper">The range's upper bound; null for a number.</param>
/// <param name="IsMaximum">True when <paramref name="Value"/> is a maximum ("maksimal").</param>
public sealed record AgreementTarget(decimal? Value, decimal? Lower, decimal? Upper, bool IsMaximum);
