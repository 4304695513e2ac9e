using MassTransit;

namespace Kinerja.Contracts.Agreements;

/// <summary>
/// A revision (PK Perubahan) of an agreement in force was approved: <paramref name="NewVersion"/> is now in
/// force. Carries what changed, why, the legal basis, and the full new content, so a consumer can replace
/// its copy without having kept the earlier one.
/// </summary>
/// <param name="AgreementId">The agreement's id.</param>
/// <param name="RegionCode">Kemendagri code of the region, e.g. <c>64.02</c>.</param>
/// <param name="FiscalYear">The fiscal year the agreement covers.</param>
/// <param name="PreviousVersion">The version that was in force until now.</param>
/// <param name="NewVersion">The version now in force.</param>
/// <param name="Reason">One of <c>ChangeOfOfficial</c>, <c>ChangeOfProgramActivityOrBudget</c>, <c>ChangeOfPrioritiesOrAssumptions</c>, <c>Reorganisation</c>.</param>
/// <param name="LegalBasis">The decree the revision rests on.</param>
/// <param name="ProposedBy">Who proposed the revision.</param>
/// <param name="ApprovedBy">Who approved it.</param>
/// <param name="ApprovedAt">When it was approved (UTC).</param>
/// <param name="Changes">Every changed field of the content, with JSON paths into <paramref name="Objectives"/>/<paramref name="Programs"/>.</param>
/// <param name="UnitId">The receiver's work unit; null for the head of region's own agreement.</param>
/// <param name="UnitName">The unit's name.</param>
/// <param name="Receiver">The receiver (first party).</param>
/// <param name="Giver">The giver (second party); null when the head of region signs alone.</param>
/// <param name="EffectiveFrom">First day the agreement applies.</param>
/// <param name="Objectives">The new version's objectives → indicators → targets.</param>
/// <param name="Programs">The new version's programs and budgets.</param>
/// <param name="ContentHash">Lower-case hex SHA-256 of the new version's canonical content.</param>
[MessageUrn("kinerja:agreements:agreement-revision-approved:v1")]
[EntityName("kinerja.agreements.agreement-revision-approved.v1")]
public sealed record AgreementRevisionApproved(
    string AgreementId,
    string RegionCode,
    int FiscalYear,
    int PreviousVersion,
    int NewVersion,
    string Reason,
    AgreementLegalBasis LegalBasis,
    AgreementActor ProposedBy,
    AgreementActor ApprovedBy,
    DateTimeOffset ApprovedAt,
    IReadOnlyList<AgreementFieldChange> Changes,
    string? UnitId,
    string UnitName,
    AgreementParty Receiver,
    AgreementParty? Giver,
    DateOnly EffectiveFrom,
    IReadOnlyList<AgreementObjective> Objectives,
    IReadOnlyList<AgreementProgram> Programs,
    string ContentHash);
