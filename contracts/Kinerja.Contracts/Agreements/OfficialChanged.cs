using MassTransit;

namespace Kinerja.Contracts.Agreements;

/// <summary>
/// The receiver of an agreement in force was replaced (mutasi / pergantian pejabat). The predecessor's
/// agreement closes at <paramref name="HandoverDate"/> (an <see cref="AgreementClosed"/> follows); the
/// newcomer's agreement, carrying the remaining targets, is <paramref name="SuccessorAgreementId"/> and is
/// published as <see cref="AgreementSigned"/> once signed. HR systems use this to end the predecessor's SKP
/// period and start the newcomer's.
/// </summary>
/// <param name="AgreementId">The predecessor's agreement.</param>
/// <param name="SuccessorAgreementId">The newcomer's agreement (a draft until signed).</param>
/// <param name="RegionCode">Kemendagri code of the region.</param>
/// <param name="FiscalYear">The fiscal year.</param>
/// <param name="Predecessor">The official leaving the position.</param>
/// <param name="Newcomer">The official taking it over (<c>Acting</c> true for a Plt).</param>
/// <param name="HandoverDate">The first day the newcomer holds the position.</param>
/// <param name="LegalBasis">The appointment decree.</param>
/// <param name="ChangedAt">When the change was recorded (UTC).</param>
/// <param name="AgreementVersion">The predecessor's agreement version in force at the handover (the change makes no new
/// version); null from publishers older than this field.</param>
[MessageUrn("kinerja:agreements:official-changed:v1")]
[EntityName("kinerja.agreements.official-changed.v1")]
public sealed record OfficialChanged(
    string AgreementId,
    string SuccessorAgreementId,
    string RegionCode,
    int FiscalYear,
    AgreementParty Predecessor,
    AgreementParty Newcomer,
    DateOnly HandoverDate,
    AgreementLegalBasis LegalBasis,
    DateTimeOffset ChangedAt,
    int? AgreementVersion = null);
