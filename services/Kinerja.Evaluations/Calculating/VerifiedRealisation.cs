namespace Kinerja.Evaluations.Calculating;

/// <summary>
/// A realisation that its verifier approved: the value measured in that period alone (for a SUM indicator,
/// what TW II delivered, not the total to date). Corrections are new versions of the same realisation.
/// </summary>
internal sealed record VerifiedRealisation(RealisationId Id, int Version, ReportingPeriod Period, decimal Value);
