namespace Kinerja.Agreements.Verifying;

/// <summary>The verifier accepts a submitted agreement; it is then ready to sign.</summary>
internal sealed record VerifyAgreement(AgreementId AgreementId)
{
    public static Decision<IAgreementEvent> Decide(Agreement? state, VerifyAgreement command, TimeProvider clock, Actor actor) =>
        Agreement.RequireStatus(state, "verify", AgreementStatus.Submitted)
        ?? Decision.Accept<IAgreementEvent>(new AgreementVerified(state!.Id, actor, clock.GetUtcNow()));
}

internal sealed record AgreementVerified(AgreementId Agreement, Actor By, DateTimeOffset At) : IAgreementEvent;
