using Kinerja.SanctionReward.Deciding;

namespace Kinerja.SanctionReward.Decisions;

/// <summary>The policy proposed a decision for an evaluation; it waits for an authorised official.</summary>
internal sealed record DecisionProposed(
    Guid DecisionId,
    string ProposalKey,
    string EvaluationId,
    string PolicyId,
    int PolicyVersion,
    string RuleId,
    string AgreementId,
    string Region,
    string? UnitId,
    string ReceiverNip,
    string ReceiverName,
    string Period,
    Decision Decision,
    string LegalBasis);

internal sealed record DecisionApprovedByOfficial(string By, DateOnly EffectiveFrom, DateOnly? EffectiveUntil);

internal sealed record DecisionAmended(string By, string Reason, Decision Decision, DateOnly EffectiveFrom, DateOnly? EffectiveUntil);

internal sealed record DecisionRejected(string By, string Reason);

/// <summary>The evaluation it rested on was superseded and the policy no longer leads to it.</summary>
internal sealed record DecisionWithdrawnOnReassessment(string SupersedingEvaluationId, string Reason);

internal sealed record AppealFiled(string By, string Reason);

internal sealed record AppealResolved(string By, bool Upheld, string Reason);

internal static class DecisionEventTypes
{
    public static readonly IReadOnlyList<(Type Type, string Name)> All =
    [
        (typeof(DecisionProposed), "decision.proposed.v1"),
        (typeof(DecisionApprovedByOfficial), "decision.approved.v1"),
        (typeof(DecisionAmended), "decision.amended.v1"),
        (typeof(DecisionRejected), "decision.rejected.v1"),
        (typeof(DecisionWithdrawnOnReassessment), "decision.revoked.v1"),
        (typeof(AppealFiled), "decision.appeal-filed.v1"),
        (typeof(AppealResolved), "decision.appeal-decided.v1"),
    ];
}
