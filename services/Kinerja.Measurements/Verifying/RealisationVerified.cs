namespace Kinerja.Measurements.Verifying;

/// <summary>The superior confirmed the current entry; it now counts for evaluation. Carries what exactly was verified.</summary>
internal sealed record RealisationVerified(
    RealisationKey Key,
    RegionCode Region,
    string UnitId,
    int AgreementVersion,
    int EntryNumber,
    decimal Value,
    Evidence? Evidence,
    int? TargetVersion,
    Actor VerifiedBy,
    DateTimeOffset VerifiedAt) : IRealisationEvent;
