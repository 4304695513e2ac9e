namespace Kinerja.Evaluations.Learning;

/// <summary>The receiver was replaced: the predecessor's agreement ends at the handover, the newcomer's follows.</summary>
internal sealed record ReceiverChanged(string AgreementId, string SuccessorAgreementId, AgreementParty Newcomer, DateOnly HandoverDate);
