namespace Kinerja.Evaluations.Learning;

/// <summary>A verified realisation: only these count for evaluation.</summary>
internal sealed record RealisationLearned(Guid IndicatorId, string Period, int EntryNumber, decimal Value, int AgreementVersion, DateTimeOffset VerifiedAt);
