namespace Kinerja.SanctionReward.Deciding;

/// <summary>
/// A decision awaiting approval by an authorised official. <see cref="Id"/> is derived from the basis
/// alone, so proposing twice for the same evaluation yields the same id: a duplicate, not a second decision.
/// </summary>
internal sealed record DecisionProposal(
    string Id,
    DecisionBasis Basis,
    AgreementId AgreementId,
    string ReceiverNip,
    string Region,
    EvaluationPeriod Period,
    Decision Decision)
{
    public static string IdFor(DecisionBasis basis) =>
        $"{basis.EvaluationId}/{basis.PolicyId}/v{basis.PolicyVersion}/{basis.RuleId}";
}
