namespace Kinerja.Agreements.Returning;

/// <summary>Sends a submitted agreement back to its drafter with comments saying what to change.</summary>
internal sealed record ReturnAgreement(AgreementId AgreementId, string Comments)
{
    public static Decision<IAgreementEvent> Decide(Agreement? state, ReturnAgreement command, TimeProvider clock, Actor actor)
    {
        if (Agreement.RequireStatus(state, "return", AgreementStatus.Submitted) is { } refused)
        {
            return refused;
        }
        return string.IsNullOrWhiteSpace(command.Comments)
            ? Decision.Invalid<IAgreementEvent>("comments", "Say what to change: comments are required to return an agreement.")
            : Decision.Accept<IAgreementEvent>(new AgreementReturned(state!.Id, command.Comments.Trim(), actor, clock.GetUtcNow()));
    }
}

internal sealed record AgreementReturned(AgreementId Agreement, string Comments, Actor By, DateTimeOffset At) : IAgreementEvent;
