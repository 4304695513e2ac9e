using MassTransit;

namespace Kinerja.Contracts.Measurements;

/// <summary>
/// A realisation was verified by the receiver's superior and now counts for evaluation. Published once per verified
/// entry; a later <see cref="RealisationCorrected"/> for the same agreement, indicator and period withdraws it until the
/// next verification.
/// </summary>
[MessageUrn("kinerja:measurements:realisation-verified:v1")]
[EntityName("kinerja.measurements.realisation-verified.v1")]
public sealed record RealisationVerified
{
    /// <summary>The agreement (PK) the indicator belongs to.</summary>
    public required Guid AgreementId { get; init; }

    /// <summary>The agreement version in force when the value was entered.</summary>
    public required int AgreementVersion { get; init; }

    /// <summary>The indicator, as the Agreements service names it.</summary>
    public required Guid IndicatorId { get; init; }

    /// <summary>The period: <c>2025-M03</c> (month), <c>2025-Q2</c> (quarter, TW), <c>2025-S1</c> (semester) or <c>2025</c> (year).</summary>
    public required string Period { get; init; }

    /// <summary>Which entry of this realisation was verified: 1 for the first, higher after corrections.</summary>
    public required int EntryNumber { get; init; }

    /// <summary>The verified value, in the indicator's unit of measure.</summary>
    public required decimal Value { get; init; }

    /// <summary>The agreement version that set the target this value was measured against; null when the period had no target.</summary>
    public int? TargetVersion { get; init; }

    /// <summary>SHA-256 (64 lower-case hex digits) of the uploaded evidence file; null when the evidence is a link.</summary>
    public string? EvidenceSha256 { get; init; }

    /// <summary>The evidence link when the evidence is kept elsewhere; null for an uploaded file.</summary>
    public string? EvidenceUrl { get; init; }

    /// <summary>Name of the verifier.</summary>
    public required string VerifiedBy { get; init; }

    /// <summary>NIP of the verifier, when an official.</summary>
    public string? VerifiedByNip { get; init; }

    /// <summary>When it was verified (UTC).</summary>
    public required DateTimeOffset VerifiedAt { get; init; }

    /// <summary>Kemendagri code of the region (tenant), e.g. <c>64.02</c>.</summary>
    public required string RegionCode { get; init; }

    /// <summary>The unit (perangkat daerah) of the agreement.</summary>
    public required string UnitId { get; init; }
    /// <summary>The agreement's id as the Agreements service writes it (e.g. <c>6402-2025-dinkes</c>); <c>AgreementId</c> is the same id as a GUID (itself when it is one, else a name-based UUID). Null for entries made before this field existed.</summary>
    public string? AgreementKey { get; init; }
    /// <summary>The indicator's id as the Agreements service writes it (e.g. <c>IK-1</c>).</summary>
    public string? IndicatorCode { get; init; }
}
