using MassTransit;

namespace Kinerja.Contracts.SanctionReward;

/// <summary>
/// An authorised official approved a reward or sanction decision (possibly amended). HR systems act on this
/// message: it is the only one that carries a decision to apply. Decisions are proposed by the region's policy
/// from an evaluation and are never published before approval.
/// </summary>
/// <param name="DecisionId">The decision's id; stable, derived from its basis (evaluation, policy version, rule).</param>
/// <param name="RegionCode">Kemendagri code of the region (tenant).</param>
/// <param name="ReceiverNip">The official the decision is about (18-digit NIP).</param>
/// <param name="ReceiverName">The official's name as evaluated.</param>
/// <param name="UnitId">The official's unit; null for the head of region.</param>
/// <param name="Period">The evaluated period: <c>2026-TW2</c> or <c>2026</c> (year-end).</param>
/// <param name="Kind"><c>Recognition</c>, <c>AllowanceAdjustment</c>, <c>WrittenWarning</c>, <c>ImprovementPlan</c> or <c>HrRecommendation</c>.</param>
/// <param name="AllowancePercent">For an allowance (TPP) adjustment: percent, negative for a cut.</param>
/// <param name="AllowanceTerm">For an allowance adjustment: <c>Monthly</c> or <c>Yearly</c>.</param>
/// <param name="DeadlineMonths">For an improvement plan: months allowed.</param>
/// <param name="Recommendation">For an HR recommendation (or what follows a failed plan): <c>CompetencyReassessment</c>, <c>Transfer</c> or <c>Demotion</c>.</param>
/// <param name="EffectiveFrom">First day the decision applies.</param>
/// <param name="EffectiveUntil">Last day it applies, when bounded (e.g. an improvement plan's deadline).</param>
/// <param name="LegalBasis">The policy (id and version) and the rule that produced it, in words.</param>
/// <param name="EvaluationId">The evaluation the decision rests on (see <c>AgreementEvaluated</c>).</param>
/// <param name="PolicyId">The policy.</param>
/// <param name="PolicyVersion">The policy version in force for the evaluated period.</param>
/// <param name="RuleId">The rule that fired.</param>
/// <param name="AmendmentReason">Why the official amended the proposal; null when approved as proposed.</param>
/// <param name="ApprovedBy">Who approved (subject of their token).</param>
/// <param name="ApprovedAt">When (UTC).</param>
[MessageUrn("kinerja:sanctionreward:decision-approved:v1")]
[EntityName("kinerja.sanctionreward.decision-approved.v1")]
public sealed record DecisionApproved(
    string DecisionId,
    string RegionCode,
    string ReceiverNip,
    string ReceiverName,
    string? UnitId,
    string Period,
    string Kind,
    decimal? AllowancePercent,
    string? AllowanceTerm,
    int? DeadlineMonths,
    string? Recommendation,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveUntil,
    string LegalBasis,
    string EvaluationId,
    string PolicyId,
    int PolicyVersion,
    string RuleId,
    string? AmendmentReason,
    string ApprovedBy,
    DateTimeOffset ApprovedAt);
