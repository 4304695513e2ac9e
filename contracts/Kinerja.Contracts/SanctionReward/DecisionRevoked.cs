using MassTransit;

namespace Kinerja.Contracts.SanctionReward;

/// <summary>
/// An approved decision no longer stands: the evaluation it rested on was superseded and the region's policy,
/// applied to the new evaluation, no longer leads to it. HR systems undo what they applied for it.
/// </summary>
/// <param name="DecisionId">The decision revoked (as in <see cref="DecisionApproved"/>).</param>
/// <param name="RegionCode">Kemendagri code of the region.</param>
/// <param name="ReceiverNip">The official the decision was about.</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="SupersedingEvaluationId">The evaluation that replaced the one the decision rested on.</param>
/// <param name="RevokedAt">When (UTC).</param>
[MessageUrn("kinerja:sanctionreward:decision-revoked:v1")]
[EntityName("kinerja.sanctionreward.decision-revoked.v1")]
public sealed record DecisionRevoked(
    string DecisionId,
    string RegionCode,
    string ReceiverNip,
    string Reason,
    string? SupersedingEvaluationId,
    DateTimeOffset RevokedAt);
