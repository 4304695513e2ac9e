namespace Kinerja.Evaluations.Learning;

/// <summary>A verified realisation was corrected: it no longer counts until the corrected entry is verified.</summary>
internal sealed record RealisationWithdrawn(Guid IndicatorId, string Period, int EntryNumber, decimal NewValue, string Reason);
