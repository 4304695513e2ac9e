namespace Kinerja.Agreements.NotingRealisationVerification;

/// <summary>
/// Records that the Measurements service verified the realisation of an indicator for a period, so that
/// period's target is frozen. Derived from Measurements' integration events; noting twice changes nothing.
/// </summary>
internal sealed record NoteRealisationVerification(AgreementId AgreementId, ItemId Indicator, Period Period, DateTimeOffset VerifiedAt)
{
    public static Decision<IAgreementEvent> Decide(Agreement? state, NoteRealisationVerification command, TimeProvider clock, Actor actor)
    {
        if (state is null)
        {
            return Decision.Invalid<IAgreementEvent>("agreementId", $"Agreement {command.AgreementId} does not exist.");
        }
        if (state.Content.FindIndicator(command.Indicator) is not { } indicator)
        {
            return Decision.Invalid<IAgreementEvent>("indicator", $"Agreement {state.Id} has no indicator {command.Indicator}.");
        }
        if (command.Period.Frequency != indicator.Frequency || command.Period.Number < 1 || command.Period.Number > Period.CountIn(indicator.Frequency))
        {
            return Decision.Invalid<IAgreementEvent>("period", $"Indicator {indicator.Name} is measured {indicator.Frequency}; {command.Period} is not one of its periods.");
        }
        return state.IsVerified(command.Indicator, command.Period)
            ? Decision.Accept<IAgreementEvent>()
            : Decision.Accept<IAgreementEvent>(new RealisationVerificationNoted(state.Id, command.Indicator, command.Period, command.VerifiedAt, actor, clock.GetUtcNow()));
    }
}

internal sealed record RealisationVerificationNoted(AgreementId Agreement, ItemId Indicator, Period Period, DateTimeOffset VerifiedAt, Actor By, DateTimeOffset At) : IAgreementEvent;
