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
            var others = inForce.Where(e => e.Received.Period != received.Period).Select(e => e.Result!).ToList();
            var proposals = new List<(DecisionProposal Proposal, EvaluationReceived Basis)>();
            var decided = message.Supersedes is { } superseded
                ? await ReassessAsync(session, superseded, evaluation, others, policies, cancellationToken)
                : PolicyEngine.Propose(evaluation, others, policies);
            proposals.AddRange(decided.Select(p => (p, received)));
            // Messages may arrive out of order: an earlier quarter arriving late can complete a streak that a later
            // quarter, already received, now satisfies. Decide the later ones again; existing decisions are kept.
            foreach (var later in inForce.Where(e => e.Result!.Period.Kind == evaluation.Period.Kind && e.Result.Period.Sequence > evaluation.Period.Sequence))
            {
                var laterOthers = inForce.Where(e => e.Received.Period != later.Received.Period).Select(e => e.Result!).ToList();
                proposals.AddRange(PolicyEngine.Propose(later.Result!, laterOthers, policies).Select(p => (p, later.Received)));
            }
            foreach (var (proposal, basis) in proposals)
            {
                var id = DecisionIds.For(proposal);
                if (!await readModels.DecisionExistsAsync(id, cancellationToken))
                {
                    session.StartStream(DecisionState.StreamId(id), "decision", Proposed(id, proposal, basis, policies));
                }
            }
        }
        await session.SaveChangesAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<DecisionProposal>> ReassessAsync(EventSession session, string supersededEvaluationId, EvaluationResult superseding,
        IReadOnlyList<EvaluationResult> earlier, IReadOnlyList<Policy> policies, CancellationToken cancellationToken)
    {
        var standing = new List<(Guid Id, Aggregated<DecisionState> Decision)>();
        foreach (var id in await readModels.StandingDecisionsOnAsync(supersededEvaluationId, cancellationToken))
        {
            var decision = await store.AggregateStreamAsync(DecisionState.StreamId(id), DecisionState.Initial, DecisionState.Apply, cancellationToken: cancellationToken);
            standing.Add((id, decision!));
        }
        var reassessment = PolicyEngine.Reassess(standing.Select(d => ToProposal(d.Decision.State.Proposal!)).ToList(), superseding, earlier, policies);
        foreach (var revoked in reassessment.Revoked)
        {
            var (id, decision) = standing.Single(d => d.Decision.State.Proposal!.ProposalKey == revoked.Id);
            var reason = $"Evaluasi {supersededEvaluationId} digantikan oleh {superseding.EvaluationId}; kebijakan tidak lagi menghasilkan keputusan ini.";
            session.Append(DecisionState.StreamId(id), decision.Version, new DecisionWithdrawnOnReassessment(superseding.EvaluationId.ToString(), reason));
            if (decision.State.Status == DecisionStatus.Approved)
            {
                var proposal = decision.State.Proposal!;
                session.Enqueue(new DecisionRevoked(id.ToString(), proposal.Region, proposal.ReceiverNip, reason,
                    superseding.EvaluationId.ToString(), time.GetUtcNow()), DecisionState.StreamId(id));
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
