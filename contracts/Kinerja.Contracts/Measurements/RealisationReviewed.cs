using MassTransit;

namespace Kinerja.Contracts.Measurements;

/// <summary>
/// The Inspektorat reviewed a verified realisation: accepted it as verified, or annotated it with a corrected value that
/// evaluation uses instead of the verified one.
/// </summary>
[MessageUrn("kinerja:measurements:realisation-reviewed:v1")]
[EntityName("kinerja.measurements.realisation-reviewed.v1")]
public sealed record RealisationReviewed
{
    /// <summary>The agreement (PK) the indicator belongs to.</summary>
    public required Guid AgreementId { get; init; }

    /// <summary>The indicator, as the Agreements service names it.</summary>
    public required Guid IndicatorId { get; init; }

    /// <summary>The period: <c>2025-M03</c>, <c>2025-Q2</c>, <c>2025-S1</c> or <c>2025</c>.</summary>
    public required string Period { get; init; }

    /// <summary>The verified entry that was reviewed.</summary>
    public required int EntryNumber { get; init; }

    /// <summary>The reviewer's corrected value, which counts from now on; null when the reviewer accepted the verified value.</summary>
    public decimal? CorrectedValue { get; init; }

    /// <summary>The reviewer's note; always present with a corrected value.</summary>
    public string? Note { get; init; }

    /// <summary>Name of the reviewer.</summary>
    public required string ReviewedBy { get; init; }

    /// <summary>When it was reviewed (UTC).</summary>
    public required DateTimeOffset ReviewedAt { get; init; }

    /// <summary>Kemendagri code of the region (tenant), e.g. <c>64.02</c>.</summary>
    public required string RegionCode { get; init; }

    /// <summary>The unit (perangkat daerah) of the agreement.</summary>
    public required string UnitId { get; init; }
    /// <summary>The agreement's id as the Agreements service writes it (e.g. <c>6402-2025-dinkes</c>); <c>AgreementId</c> is the same id as a GUID (itself when it is one, else a name-based UUID). Null for entries made before this field existed.</summary>
    public string? AgreementKey { get; init; }
    /// <summary>The indicator's id as the Agreements service writes it (e.g. <c>IK-1</c>).</summary>
    public string? IndicatorCode { get; init; }
}
