namespace Kinerja.Measurements.Reviewing;

/// <summary>
/// The Inspektorat reviewed a verified realisation: accepted it (no corrected value) or annotated it with a corrected
/// value and a note. The entered value stays as it was; evaluation counts the corrected one.
/// </summary>
internal sealed record RealisationReviewed(
    RealisationKey Key,
    RegionCode Region,
    string UnitId,
    int EntryNumber,
    decimal? CorrectedValue,
    string? Note,
    Actor ReviewedBy,
    DateTimeOffset ReviewedAt) : IRealisationEvent
{
    public bool Accepted => CorrectedValue is null;
}
