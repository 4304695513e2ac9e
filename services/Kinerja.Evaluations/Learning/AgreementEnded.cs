namespace Kinerja.Evaluations.Learning;

/// <summary>The agreement was closed (year end, change of official) or withdrawn; a withdrawn one is never evaluated again.</summary>
internal sealed record AgreementEnded(string AgreementId, int Version, string Reason, bool Withdrawn, DateTimeOffset At);
