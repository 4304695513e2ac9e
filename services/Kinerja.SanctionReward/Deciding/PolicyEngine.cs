using Kinerja.SanctionReward.Policies;

namespace Kinerja.SanctionReward.Deciding;

/// <summary>
/// Turns an evaluation result into decision proposals under the policy in force at the evaluated period.
/// Pure: no clock, no storage; the same inputs always give the same proposals in the same order (rule order).
/// </summary>
internal static class PolicyEngine
{
    /// <param name="history">The receiver's evaluations in force (one per period); others' and later ones are ignored.</param>
    /// <param name="policies">Every stored version of the region's and the national policies.</param>
    public static IReadOnlyList<DecisionProposal> Propose(EvaluationResult evaluation, IEnumerable<EvaluationResult> history, IEnumerable<Policy> policies)
    {
        var policy = PolicyInForce.For(policies, evaluation.Region, evaluation.Period);
        if (policy is null)
        {
            return [];
        }
        var earlier = EarlierOfSameKind(evaluation, history);
        var proposals = new List<DecisionProposal>();
        foreach (var rule in policy.Rules)
        {
            if (rule.Id is null || !rule.Fires(policy.ScaleId, evaluation, earlier) || DecisionFor(rule, policy, evaluation, earlier) is not { } decision)
            {
                continue;
            }
            var basis = new DecisionBasis(evaluation.EvaluationId, policy.Id, policy.Version, rule.Id);
            proposals.Add(new DecisionProposal(
                DecisionProposal.IdFor(basis), basis, evaluation.AgreementId, evaluation.ReceiverNip, evaluation.Region, evaluation.Period, decision));
        }
        return proposals;
    }

    /// <summary>
    /// Re-decides a period whose evaluation was superseded. An earlier proposal stays when the superseding
    /// evaluation leads to the same policy version, rule and substance; otherwise it is revoked, and what
    /// the superseding evaluation newly leads to replaces it.
    /// </summary>
    public static Reassessment Reassess(
        IReadOnlyCollection<DecisionProposal> earlierProposals,
        EvaluationResult superseding,
        IEnumerable<EvaluationResult> history,
        IEnumerable<Policy> policies)
    {
        if (earlierProposals.FirstOrDefault(p => p.ReceiverNip != superseding.ReceiverNip || p.Period != superseding.Period) is { } stranger)
        {
            throw new ArgumentException(
                $"Proposal {stranger.Id} is not about {superseding.ReceiverNip} in {superseding.Period}.", nameof(earlierProposals));
        }
        var fresh = Propose(superseding, history, policies).ToList();
        var unchanged = new List<DecisionProposal>();
        var revoked = new List<DecisionProposal>();
        foreach (var proposal in earlierProposals)
        {
            var same = fresh.FirstOrDefault(p => SameSubstance(proposal, p));
            if (same is null)
            {
                revoked.Add(proposal);
                continue;
            }
            unchanged.Add(proposal);
            fresh.Remove(same);
        }
        return new Reassessment(unchanged, revoked, fresh);
    }

    private static bool SameSubstance(DecisionProposal earlier, DecisionProposal fresh) =>
        earlier.Basis with { EvaluationId = fresh.Basis.EvaluationId } == fresh.Basis && earlier.Decision == fresh.Decision;

    private static Dictionary<EvaluationPeriod, EvaluationResult> EarlierOfSameKind(EvaluationResult evaluation, IEnumerable<EvaluationResult> history)
    {
        var earlier = new Dictionary<EvaluationPeriod, EvaluationResult>();
        foreach (var previous in history)
        {
            if (previous.ReceiverNip != evaluation.ReceiverNip
                || previous.Period.Kind != evaluation.Period.Kind
                || previous.Period.Sequence >= evaluation.Period.Sequence)
            {
                continue;
            }
            if (!earlier.TryAdd(previous.Period, previous))
            {
                throw new ArgumentException(
                    $"The history holds two evaluations of {previous.Period} for {previous.ReceiverNip}; pass only the evaluations in force.",
                    nameof(history));
            }
        }
        return earlier;
    }

    private static Decision? DecisionFor(PolicyRule rule, Policy policy, EvaluationResult evaluation, Dictionary<EvaluationPeriod, EvaluationResult> earlier) =>
        rule.Decision switch
        {
            DecisionKind.AllowanceAdjustment => AllowancePercentWithinCeiling(rule, policy, evaluation, earlier) is { } percent
                ? new Decision(DecisionKind.AllowanceAdjustment, percent, rule.AllowanceTerm, rule.AllowanceCeilingPercent)
                : null,
            DecisionKind.ImprovementPlan => new Decision(DecisionKind.ImprovementPlan, DeadlineMonths: rule.DeadlineMonths, Recommendation: rule.Recommendation),
            DecisionKind.HrRecommendation => new Decision(DecisionKind.HrRecommendation, Recommendation: rule.Recommendation),
            { } kind => new Decision(kind),
            null => null,
        };

    /// <summary>
    /// The rule's percentage, shrunk so that with the cuts (or raises) this rule made earlier in the same
    /// year it stays within the ceiling; null once the ceiling is used up. Earlier firings are recomputed
    /// from the history under the same policy version, so no stored decision is needed.
    /// </summary>
    private static decimal? AllowancePercentWithinCeiling(PolicyRule rule, Policy policy, EvaluationResult evaluation, Dictionary<EvaluationPeriod, EvaluationResult> earlier)
    {
        if (rule.AllowancePercent is not { } percent)
        {
            return null;
        }
        if (rule.AllowanceCeilingPercent is not { } ceiling)
        {
            return percent;
        }
        var step = Math.Abs(percent);
        var used = earlier.Values
            .Where(e => e.Period.Year == evaluation.Period.Year)
            .OrderBy(e => e.Period.Sequence)
            .Where(e => rule.Fires(policy.ScaleId, e, earlier))
            .Aggregate(0m, (total, _) => total + Math.Min(step, ceiling - total));
        var left = ceiling - used;
        return left <= 0 ? null : Math.Sign(percent) * Math.Min(step, left);
    }
}
