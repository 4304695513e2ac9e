namespace Kinerja.Agreements.Withdrawing;

/// <summary>Withdraws an agreement that should never have been (wrong position, duplicate…), with a reason.</summary>
internal sealed record WithdrawAgreement(AgreementId AgreementId, string Reason)
{
    public static Decision<IAgreementEvent> Decide(Agreement? state, WithdrawAgreement command, TimeProvider clock, Actor actor)
    {
        if (Agreement.RequireStatus(state, "withdraw", AgreementStatus.Draft, AgreementStatus.Submitted, AgreementStatus.Returned, AgreementStatus.Verified, AgreementStatus.InForce) is { } refused)
        {
            return refused;
        }
        return string.IsNullOrWhiteSpace(command.Reason)
            ? Decision.Invalid<IAgreementEvent>("reason", "The reason for withdrawing is required.")
            : Decision.Accept<IAgreementEvent>(new AgreementWithdrawn(state!.Id, command.Reason.Trim(), state.Status, actor, clock.GetUtcNow()));
    }
}

/// <summary>The agreement was withdrawn from <c>WithdrawnFrom</c> status; it is no longer in any workflow.</summary>
internal sealed record AgreementWithdrawn(AgreementId Agreement, string Reason, AgreementStatus WithdrawnFrom, Actor By, DateTimeOffset At) : IAgreementEvent;
