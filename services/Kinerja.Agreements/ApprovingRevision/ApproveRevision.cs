using Kinerja.Agreements.Auditing;

namespace Kinerja.Agreements.ApprovingRevision;

/// <summary>
/// Approves the pending revision: it becomes the new version in force. Targets are checked against verified
/// realisations again, because one may have been verified since the proposal.
/// </summary>
internal sealed record ApproveRevision(AgreementId AgreementId)
{
    public static Decision<IAgreementEvent> Decide(Agreement? state, ApproveRevision command, TimeProvider clock, Actor actor)
    {
        if (Agreement.RequireStatus(state, "approve a revision of", AgreementStatus.InForce) is { } refused)
        {
            return refused;
        }
        if (state!.PendingRevision is not { } pending)
        {
            return Decision.Conflict<IAgreementEvent>("agreementId", "No revision is waiting for approval.");
        }
        var frozen = FrozenTargets.Check(state, pending.Content);
        if (frozen.Any)
        {
            return Decision.Conflict<IAgreementEvent>(frozen);
        }
        var version = state.Version + 1;
        var revised = state with { Content = pending.Content, Version = version };
        return Decision.Accept<IAgreementEvent>(new RevisionApproved(
            state.Id, version, pending.Reason, pending.LegalBasis, pending.ProposedBy,
            AgreementDiff.Between(state.Content, pending.Content), AgreementHash.Of(revised), actor, clock.GetUtcNow()));
    }
}

/// <summary>The pending revision is now version <c>NewVersion</c>, in force; <c>Changes</c> lists every changed field of the content.</summary>
internal sealed record RevisionApproved(
    AgreementId Agreement,
    int NewVersion,
    RevisionReason Reason,
    LegalBasis LegalBasis,
    Actor ProposedBy,
    IReadOnlyList<FieldChange> Changes,
    string ContentHash,
    Actor By,
    DateTimeOffset At) : IAgreementEvent;
