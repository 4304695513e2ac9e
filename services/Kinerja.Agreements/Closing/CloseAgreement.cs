namespace Kinerja.Agreements.Closing;

/// <summary>Closes an agreement in force at the end of its year, after its evaluation.</summary>
internal sealed record CloseAgreement(AgreementId AgreementId, DateOnly ClosedOn)
{
    public static Decision<IAgreementEvent> Decide(Agreement? state, CloseAgreement command, TimeProvider clock, Actor actor)
    {
        if (Agreement.RequireStatus(state, "close", AgreementStatus.InForce) is { } refused)
        {
            return refused;
        }
        if (command.ClosedOn < state!.Year.LastDay)
        {
            return Decision.Invalid<IAgreementEvent>("closedOn",
                $"An agreement closes at the end of its year ({state.Year.LastDay:yyyy-MM-dd}) or later; before that only a change of official closes it.");
        }
        if (command.ClosedOn > clock.Today())
        {
            return Decision.Invalid<IAgreementEvent>("closedOn", "An agreement cannot be closed on a future date.");
        }
        return state.PendingRevision is not null
            ? Decision.Conflict<IAgreementEvent>("agreementId", "A revision is waiting for approval; approve or reject it before closing.")
            : Decision.Accept<IAgreementEvent>(new AgreementClosed(state.Id, command.ClosedOn, ClosingReason.YearEnd, actor, clock.GetUtcNow()));
    }
}

internal sealed record AgreementClosed(AgreementId Agreement, DateOnly ClosedOn, ClosingReason Reason, Actor By, DateTimeOffset At) : IAgreementEvent;
