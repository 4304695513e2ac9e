namespace Kinerja.Evaluations.Calculating;

/// <summary>The agreement version a target was promised in, so an auditor can find the signed text.</summary>
internal sealed record TargetSource(Guid AgreementId, int AgreementVersion);
