namespace Kinerja.Evaluations.Learning;

/// <summary>
/// The agreement version in force, as the Agreements service published it (signed or revision approved). Targets,
/// polarity, consolidation, frequency, weights and parties are kept in the upstream shape so nothing is lost.
/// </summary>
internal sealed record AgreementTermsLearned(
    string AgreementId,
    string RegionCode,
    int FiscalYear,
    int Version,
    string? UnitId,
    string UnitName,
    AgreementParty Receiver,
    DateOnly EffectiveFrom,
    IReadOnlyList<AgreementObjective> Objectives,
    string Source);
