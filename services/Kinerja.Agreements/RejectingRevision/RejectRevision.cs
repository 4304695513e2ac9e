namespace Kinerja.Agreements.RejectingRevision;

/// <summary>Rejects the pending revision with comments; the version in force stays as it is.</summary>
internal sealed record RejectRevision(AgreementId AgreementId, string Comments)
{
    public static Decision<IAgreementEvent> Decide(Agreement? state, RejectRevision command, TimeProvider clock, Actor actor)
    {
        if (Agreement.RequireStatus(state, "reject a revision of", AgreementStatus.InForce) is { } refused)
        {
            return refused;
        }
        if (state!.PendingRevision is null)
        {
            return Decision.Conflict<IAgreementEvent>("agreementId", "No revision is waiting for approval.");
        }
        return string.IsNullOrWhiteSpace(command.Comments)
            ? Decision.Invalid<IAgreementEvent>("comments", "Say why: comments are required to reject a revision.")
            : Decision.Accept<IAgreementEvent>(new RevisionRejected(state.Id, command.Comments.Trim(), actor, clock.GetUtcNow()));
    }
}

internal sealed record RevisionRejected(AgreementId Agreement, string Comments, Actor By, DateTimeOffset At) : IAgreementEvent;
