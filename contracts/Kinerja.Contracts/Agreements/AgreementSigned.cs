using MassTransit;

namespace Kinerja.Contracts.Agreements;

/// <summary>
/// A performance agreement (PK) was signed by every party and is now in force. Carries the full content, so
/// a consumer can build its own view of the agreement from this message alone. Published once per agreement
/// when it first comes into force; later versions arrive as <see cref="AgreementRevisionApproved"/>.
/// </summary>
/// <param name="AgreementId">The agreement's id; stable across all its versions.</param>
/// <param name="RegionCode">Kemendagri code of the region (tenant), e.g. <c>64.02</c>.</param>
/// <param name="FiscalYear">The fiscal (calendar) year the agreement covers.</param>
/// <param name="Version">The agreement's version in force: 1 when first signed, +1 per approved revision.</param>
/// <param name="UnitId">The receiver's work unit; null for the head of region's own agreement.</param>
/// <param name="UnitName">The unit's name, or the region's for the head of region.</param>
/// <param name="Receiver">The receiver (first party, penerima amanah) who promises the targets.</param>
/// <param name="Giver">The giver (second party, pemberi amanah); null when the head of region signs alone.</param>
/// <param name="EffectiveFrom">First day the agreement applies: 1 January, or the handover date for a newcomer's agreement.</param>
/// <param name="Objectives">Objectives → indicators → targets, in the agreement's order.</param>
/// <param name="Programs">Programs and activities funding the objectives, with budgets in Rupiah.</param>
/// <param name="Signatures">Each party's signature: who, where, when, and the hash of the content signed.</param>
/// <param name="SignedLate">True when signed more than one month after the region's budget (DPA) approval.</param>
/// <param name="ContentHash">Lower-case hex SHA-256 of the canonical content both parties signed.</param>
/// <param name="InForceSince">When the last signature made the agreement in force (UTC).</param>
[MessageUrn("kinerja:agreements:agreement-signed:v1")]
[EntityName("kinerja.agreements.agreement-signed.v1")]
public sealed record AgreementSigned(
    string AgreementId,
    string RegionCode,
    int FiscalYear,
    int Version,
    string? UnitId,
    string UnitName,
    AgreementParty Receiver,
    AgreementParty? Giver,
    DateOnly EffectiveFrom,
    IReadOnlyList<AgreementObjective> Objectives,
    IReadOnlyList<AgreementProgram> Programs,
    IReadOnlyList<AgreementSignature> Signatures,
    bool SignedLate,
    string ContentHash,
    DateTimeOffset InForceSince);
