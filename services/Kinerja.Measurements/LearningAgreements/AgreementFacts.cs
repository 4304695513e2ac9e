namespace Kinerja.Measurements.LearningAgreements;

// What this service learns from the Agreements service. These mirror its integration events and are mapped from
// them at the consumer, so the plan does not depend on the wire shape. They are stored as they arrive.

/// <summary>A fact about an agreement at one of its versions; (kind, agreement, version) identifies it, so a redelivery is recognised.</summary>
internal abstract record AgreementFact(AgreementId AgreementId, int Version) : IMeasurementEvent
{
    /// <summary>Identifies the fact within its agreement, so the same fact delivered twice is applied once.</summary>
    public string Key => $"{GetType().Name}:{Version}";
}

/// <summary>The receiver of an agreement (penerima amanah).</summary>
internal sealed record Official(string Nip, string Name, string Position);

/// <summary>A promised target of one period.</summary>
internal sealed record PeriodTargetFact(Period Period, Target Target);

/// <summary>An indicator as an agreement version states it.</summary>
internal sealed record IndicatorFact(
    IndicatorId Id,
    string Code,
    string Name,
    string UnitOfMeasure,
    ValueKind ValueKind,
    Polarity Polarity,
    Consolidation Consolidation,
    QuarterlyTargetKind QuarterlyTargetKind,
    Frequency Frequency,
    string ResponsibleNip,
    IReadOnlyList<PeriodTargetFact> Targets);

/// <summary>An agreement was signed by both parties: its full content. <c>SourceId</c> is the Agreements service's own id text.</summary>
internal sealed record AgreementSignedFact(
    AgreementId AgreementId,
    int Version,
    RegionCode Region,
    string UnitId,
    int Year,
    Official Receiver,
    string? GiverNip,
    IReadOnlyList<IndicatorFact> Indicators,
    string? SourceId = null) : AgreementFact(AgreementId, Version);

/// <summary>A revision was approved: the complete indicators and targets of the new version.</summary>
internal sealed record RevisionApprovedFact(
    AgreementId AgreementId,
    int Version,
    string Reason,
    IReadOnlyList<IndicatorFact> Indicators) : AgreementFact(AgreementId, Version);

/// <summary>The agreement was closed (at year end or at a handover date) or withdrawn.</summary>
internal sealed record AgreementClosedFact(AgreementId AgreementId, int Version, DateOnly ClosedOn, bool Withdrawn) : AgreementFact(AgreementId, Version);

/// <summary>The official holding the agreement changed (mutasi / pergantian pejabat).</summary>
internal sealed record OfficialChangedFact(AgreementId AgreementId, int Version, Official Receiver, DateOnly EffectiveOn) : AgreementFact(AgreementId, Version);
