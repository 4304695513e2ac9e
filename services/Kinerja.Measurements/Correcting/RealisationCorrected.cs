namespace Kinerja.Measurements.Correcting;

/// <summary>A new value superseded the previous one, for a reason; the previous entry stays in the history.</summary>
internal sealed record RealisationCorrected(
    RealisationKey Key,
    RegionCode Region,
    string UnitId,
    int AgreementVersion,
    int EntryNumber,
    Submission Submission,
    PlannedTarget? Target,
    decimal PreviousValue,
    string Reason,
    Actor CorrectedBy,
    DateTimeOffset CorrectedAt) : IRealisationEvent;
