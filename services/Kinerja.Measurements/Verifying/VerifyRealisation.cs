namespace Kinerja.Measurements.Verifying;

/// <summary>The receiver's superior confirms the realisation awaiting verification.</summary>
internal sealed record VerifyRealisation(RealisationKey Key)
{
    public Decision Decide(Realisation state, TimeProvider clock, MeasurementContext context)
    {
        if (Approvals.VerifierRefusal(state, context) is { } refusal)
        {
            return refusal;
        }
        var entry = state.Current!;
        return Decision.Accept(new RealisationVerified(Key, state.Region!.Value, state.UnitId!, entry.AgreementVersion, entry.Number,
            entry.Submission.Value, entry.Submission.Evidence, entry.Target?.Version, Actor.Of(context.Caller), clock.GetUtcNow()));
    }
}
