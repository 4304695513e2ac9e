namespace Kinerja.Measurements.Realisations;

/// <summary>Finding the agreement and indicator a command names, shared by entering and approving.</summary>
internal static class Approvals
{
    public static Decision? Locate(RealisationKey key, MeasurementContext context)
    {
        if (context.Plan is not { } plan || plan.AgreementId != key.AgreementId)
        {
            return Decision.Refuse(Refusal.NotFound, "agreementId", $"Measurements knows no agreement {key.AgreementId}.");
        }
        if (plan.Indicator(key.IndicatorId) is null)
        {
            return Decision.Refuse(Refusal.Invalid, "indicatorId", $"The agreement has no indicator {key.IndicatorId}.");
        }
        return null;
    }

    /// <summary>The refusal if a verifier may not verify or return <paramref name="state"/> now.</summary>
    public static Decision? VerifierRefusal(Realisation state, MeasurementContext context)
    {
        if (Locate(state.Key, context) is { } missing)
        {
            return missing;
        }
        if (!Permissions.MayVerify(context.Caller, context.Plan!))
        {
            return Decision.Refuse(Refusal.Forbidden, "agreementId", "Only the receiver's superior (a verifier of the region) may verify or return realisations.");
        }
        if (state.Status != RealisationStatus.AwaitingVerification)
        {
            return Decision.Refuse(Refusal.Conflict, "status", $"The realisation is {state.Status}, not awaiting verification.");
        }
        if (state.Current!.By.Subject == context.Caller.Subject)
        {
            return Decision.Refuse(Refusal.Forbidden, "status", "Whoever entered the value cannot verify it.");
        }
        return null;
    }
}
