using Kinerja.SanctionReward.Policies;

namespace Kinerja.SanctionReward.Deciding;

/// <summary>What a decision rests on: the evaluation, and the policy version and rule that fired.</summary>
internal sealed record DecisionBasis(EvaluationId EvaluationId, PolicyId PolicyId, int PolicyVersion, string RuleId);
