using MassTransit;

namespace Kinerja.Contracts.Measurements;

/// <summary>
/// A realisation's value was superseded by a correction with a reason. The previous value stays in history but no longer
/// counts: the corrected realisation counts again only after a new <see cref="RealisationVerified"/>.
/// </summary>
[MessageUrn("kinerja:measurements:realisation-corrected:v1")]
[EntityName("kinerja.measurements.realisation-corrected.v1")]
public sealed record RealisationCorrected
{
    /// <summary>The agreement (PK) the indicator belongs to.</summary>
    public required Guid AgreementId { get; init; }

    /// <summary>The agreement version in force when the correction was entered.</summary>
    public required int AgreementVersion { get; init; }

    /// <summary>The indicator, as the Agreements service names it.</summary>
    public required Guid IndicatorId { get; init; }

    /// <summary>The period: <c>2025-M03</c>, <c>2025-Q2</c>, <c>2025-S1</c> or <c>2025</c>.</summary>
    public required string Period { get; init; }

    /// <summary>The number of the new entry (2 for the first correction).</summary>
    public required int EntryNumber { get; init; }

    /// <summary>The value the correction supersedes.</summary>
    public required decimal PreviousValue { get; init; }

    /// <summary>The new value, not yet verified.</summary>
    public required decimal Value { get; init; }

    /// <summary>Why the value was corrected.</summary>
    public required string Reason { get; init; }

    /// <summary>The agreement version that set the target the new value is measured against; null when the period has no target.</summary>
    public int? TargetVersion { get; init; }

    /// <summary>Name of whoever corrected it.</summary>
    public required string CorrectedBy { get; init; }

    /// <summary>When it was corrected (UTC).</summary>
    public required DateTimeOffset CorrectedAt { get; init; }

    /// <summary>Kemendagri code of the region (tenant), e.g. <c>64.02</c>.</summary>
    public required string RegionCode { get; init; }

    /// <summary>The unit (perangkat daerah) of the agreement.</summary>
    public required string UnitId { get; init; }
    /// <summary>The agreement's id as the Agreements service writes it (e.g. <c>6402-2025-dinkes</c>); <c>AgreementId</c> is the same id as a GUID (itself when it is one, else a name-based UUID). Null for entries made before this field existed.</summary>
    public string? AgreementKey { get; init; }
    /// <summary>The indicator's id as the Agreements service writes it (e.g. <c>IK-1</c>).</summary>
    public string? IndicatorCode { get; init; }
}
