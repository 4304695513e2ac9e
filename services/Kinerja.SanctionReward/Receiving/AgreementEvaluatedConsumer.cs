using Kinerja.Contracts.Evaluations;
using Kinerja.Contracts.SanctionReward;
using Kinerja.EventStore;
using Kinerja.SanctionReward.Deciding;
using Kinerja.SanctionReward.Decisions;
using Kinerja.SanctionReward.Policies;
using Kinerja.SanctionReward.Policies.Explaining;
using MassTransit;

namespace Kinerja.SanctionReward.Receiving;

/// <summary>
/// Each evaluation runs the region's policy in force at the evaluated period. A new evaluation yields proposals; a
/// superseding one re-assesses the decisions of the evaluation it replaces (unchanged ones stay, others are revoked,
/// new ones are proposed). Idempotent twice over: the inbox drops a redelivered message, and decision ids derive from
/// their basis, so the same evaluation arriving under another message id proposes nothing new.
/// </summary>
internal sealed class AgreementEvaluatedConsumer(Kinerja.EventStore.EventStore store, ReadModels readModels, TimeProvider time)
    : IConsumer<AgreementEvaluated>
{
    public const string Name = "sanctionreward.agreement-evaluated";

    public async Task Consume(ConsumeContext<AgreementEvaluated> context)
    {
        var message = context.Message;
        if (message.Receiver.Nip is not { } nip)
        {
            return; // A head of region has no NIP and no allowance: nothing to decide.
        }
        var cancellationToken = context.CancellationToken;
        var history = await store.AggregateStreamAsync(ReceiverHistory.StreamId(nip), ReceiverHistory.Empty, ReceiverHistory.Apply,
            cancellationToken: cancellationToken);
        if (history?.State.InForce.Values.Any(e => e.EvaluationId == message.EvaluationId) == true)
        {
            return; // Already received under another message id.
        }
        var received = EvaluationMapping.ToReceived(message);
        await using var session = store.OpenSession(new EventMetadata(message.RegionCode, "evaluations", $"evaluation {message.EvaluationId}"));
        session.MarkConsumed(context.MessageId ?? NewId.NextGuid(), Name);
        session.Append(ReceiverHistory.StreamId(nip), history?.Version ?? 0, received);

        var policies = await readModels.PoliciesAsync(cancellationToken);
        var scaleId = EvaluationMapping.Period(received.Period) is { } evaluatedPeriod
            ? PolicyInForce.For(policies, received.Region, evaluatedPeriod)?.ScaleId
            : null;
        if (EvaluationMapping.ToResult(received, nip, scaleId) is { } evaluation)
        {
            var inForce = ReceiverHistory.Apply(history?.State ?? ReceiverHistory.Empty, received).InForce.Values
                .Select(e => (Received: e, Result: EvaluationMapping.ToResult(e, nip, scaleId)))
                .Where(e => e.Result is not null).ToList();
            List<EvaluationResult> Others(string period) => inForce.Where(e => e.Received.Period != period).Select(e => e.Result!).ToList();
            var proposals = new List<(DecisionProposal Proposal, EvaluationReceived Basis)>();
            // The evaluated period: re-decided against the decisions standing for this official and period (none, unless
            // it was evaluated before): unchanged ones stay, others are revoked, new ones are proposed.
            var because = message.Supersedes is { } superseded
                ? $"Evaluasi {superseded} digantikan oleh {evaluation.EvaluationId}; kebijakan tidak lagi menghasilkan keputusan ini."
                : $"Evaluasi {evaluation.EvaluationId} untuk {received.Period} tidak lagi menghasilkan keputusan ini.";
            proposals.AddRange((await ReassessAsync(session, nip, received.Period, evaluation, Others(received.Period), policies, message.EvaluationId, because,
                cancellationToken))
                .Select(p => (p, received)));
            // Later periods of the same kind look back on this one (consecutive periods, ceilings), whether it came late or
            // replaced an earlier evaluation: decide them again the same way.
            foreach (var later in inForce.Where(e => e.Result!.Period.Kind == evaluation.Period.Kind && e.Result.Period.Sequence > evaluation.Period.Sequence)
                         .OrderBy(e => e.Result!.Period.Sequence))
            {
                var laterBecause = $"Evaluasi {received.Period} berubah ({evaluation.EvaluationId}); keputusan {later.Received.Period} diputuskan ulang "
                    + "dan kebijakan tidak lagi menghasilkan keputusan ini.";
                proposals.AddRange((await ReassessAsync(session, nip, later.Received.Period, later.Result!, Others(later.Received.Period), policies, message.EvaluationId, laterBecause,
                    cancellationToken)).Select(p => (p, later.Received)));
            }
            foreach (var (proposal, basis) in proposals)
            {
                // A decision revoked earlier may be warranted again on the same basis: it gets an id of its own.
                foreach (var id in new[] { DecisionIds.For(proposal), DecisionIds.For(proposal, message.EvaluationId) })
                {
                    if (!await readModels.DecisionExistsAsync(id, cancellationToken))
                    {
                        session.StartStream(DecisionState.StreamId(id), "decision", Proposed(id, proposal, basis, policies));
                        break;
                    }
                }
            }
        }
        await session.SaveChangesAsync(cancellationToken);
    }

    /// <param name="trigger">The evaluation that arrived and made this period be decided again (it or an earlier period's).</param>
    private async Task<IReadOnlyList<DecisionProposal>> ReassessAsync(EventSession session, string nip, string period, EvaluationResult evaluation,
        IReadOnlyList<EvaluationResult> others, IReadOnlyList<Policy> policies, string trigger, string reason, CancellationToken cancellationToken)
    {
        var standing = new List<(Guid Id, Aggregated<DecisionState> Decision)>();
        foreach (var id in await readModels.StandingDecisionsAsync(nip, period, cancellationToken))
        {
            var decision = await store.AggregateStreamAsync(DecisionState.StreamId(id), DecisionState.Initial, DecisionState.Apply, cancellationToken: cancellationToken);
            standing.Add((id, decision!));
        }
        var reassessment = PolicyEngine.Reassess(standing.Select(d => ToProposal(d.Decision.State.Proposal!)).ToList(), evaluation, others, policies);
        foreach (var revoked in reassessment.Revoked)
        {
            var (id, decision) = standing.First(d => d.Decision.State.Proposal!.ProposalKey == revoked.Id);
            session.Append(DecisionState.StreamId(id), decision.Version, new DecisionWithdrawnOnReassessment(trigger, reason));
            if (decision.State.Status == DecisionStatus.Approved)
            {
                var proposal = decision.State.Proposal!;
                session.Enqueue(new DecisionRevoked(id.ToString(), proposal.Region, proposal.ReceiverNip, reason, trigger, time.GetUtcNow()),
                    DecisionState.StreamId(id));
            }
        }
        return reassessment.Replacements;
    }

    private static DecisionProposal ToProposal(DecisionProposed proposed) => new(
        proposed.ProposalKey,
        new DecisionBasis(new EvaluationId(Guid.Parse(proposed.EvaluationId)), new PolicyId(proposed.PolicyId), proposed.PolicyVersion, proposed.RuleId),
        EvaluationMapping.Agreement(proposed.AgreementId), proposed.ReceiverNip, proposed.Region,
        EvaluationMapping.Period(proposed.Period)!, proposed.Decision);

    private static DecisionProposed Proposed(Guid id, DecisionProposal proposal, EvaluationReceived received, IReadOnlyList<Policy> policies)
    {
        var policy = policies.Single(p => p.Id == proposal.Basis.PolicyId && p.Version == proposal.Basis.PolicyVersion);
        var rule = policy.Rules.Single(r => r.Id == proposal.Basis.RuleId);
        var legalBasis = $"{policy.Title} ({policy.Id} v{policy.Version}), aturan {rule.Id}: {PolicyExplanation.Explain(rule)}";
        return new DecisionProposed(id, proposal.Id, proposal.Basis.EvaluationId.ToString(), proposal.Basis.PolicyId.ToString(),
            proposal.Basis.PolicyVersion, proposal.Basis.RuleId, received.AgreementId, proposal.Region, received.UnitId,
            proposal.ReceiverNip, received.ReceiverName, received.Period, proposal.Decision, legalBasis);
    }
}
