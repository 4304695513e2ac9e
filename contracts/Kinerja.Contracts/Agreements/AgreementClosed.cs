using MassTransit;

namespace Kinerja.Contracts.Agreements;

/// <summary>
/// An agreement in force was closed: at year end after its evaluation, or at the handover date when its
/// receiver was replaced (then <paramref name="SuccessorAgreementId"/> names the newcomer's agreement).
/// </summary>
/// <param name="AgreementId">The agreement's id.</param>
/// <param name="RegionCode">Kemendagri code of the region.</param>
/// <param name="FiscalYear">The fiscal year the agreement covers.</param>
/// <param name="Version">The version that was in force when it closed.</param>
/// <param name="ReceiverPositionId">The receiver's position.</param>
/// <param name="ClosedOn">The day it closed: 31 December or later, or the handover date.</param>
/// <param name="Reason"><c>YearEnd</c> or <c>ChangeOfOfficial</c>.</param>
/// <param name="SuccessorAgreementId">The newcomer's agreement when <paramref name="Reason"/> is <c>ChangeOfOfficial</c>.</param>
/// <param name="ClosedAt">When the closing was recorded (UTC).</param>
[MessageUrn("kinerja:agreements:agreement-closed:v1")]
[EntityName("kinerja.agreements.agreement-closed.v1")]
public sealed record AgreementClosed(
    string AgreementId,
    string RegionCode,
    int FiscalYear,
    int Version,
    string ReceiverPositionId,
    DateOnly ClosedOn,
    string Reason,
    string? SuccessorAgreementId,
    DateTimeOffset ClosedAt);
