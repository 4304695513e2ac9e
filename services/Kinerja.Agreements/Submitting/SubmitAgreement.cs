namespace Kinerja.Agreements.Submitting;

/// <summary>Submits a complete draft for verification by the giver.</summary>
internal sealed record SubmitAgreement(AgreementId AgreementId)
{
    public static Decision<IAgreementEvent> Decide(Agreement? state, SubmitAgreement command, TimeProvider clock, Actor actor)
    {
        if (Agreement.RequireStatus(state, "submit", AgreementStatus.Draft, AgreementStatus.Returned) is { } refused)
        {
            return refused;
        }
        var (errors, warnings) = ContentRules.Check(state!.Content, state.Year, state.EffectiveFrom);
        return errors.Any
            ? Decision.Invalid<IAgreementEvent>(errors)
            : Decision.Accept<IAgreementEvent>(new AgreementSubmitted(state.Id, actor, clock.GetUtcNow())).WithWarnings(warnings);
    }
}

internal sealed record AgreementSubmitted(AgreementId Agreement, Actor By, DateTimeOffset At) : IAgreementEvent;
