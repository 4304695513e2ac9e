namespace Kinerja.Measurements.Recording;

/// <summary>A value was reported for an indicator and period, against the target in force at the time.</summary>
internal sealed record RealisationRecorded(
    RealisationKey Key,
    RegionCode Region,
    string UnitId,
    int AgreementVersion,
    int EntryNumber,
    Submission Submission,
    PlannedTarget? Target,
    Actor RecordedBy,
    DateTimeOffset RecordedAt) : IRealisationEvent;
