namespace Kinerja.Measurements.Returning;

/// <summary>The superior sent the entry back with a comment; it must be resubmitted or corrected.</summary>
internal sealed record RealisationReturned(
    RealisationKey Key,
    RegionCode Region,
    string UnitId,
    int EntryNumber,
    string Comment,
    Actor ReturnedBy,
    DateTimeOffset ReturnedAt) : IRealisationEvent;
