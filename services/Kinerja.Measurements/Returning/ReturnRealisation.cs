namespace Kinerja.Measurements.Returning;

/// <summary>The receiver's superior returns the realisation awaiting verification, saying why.</summary>
internal sealed record ReturnRealisation(RealisationKey Key, string? Comment)
{
    public Decision Decide(Realisation state, TimeProvider clock, MeasurementContext context)
    {
        if (Approvals.VerifierRefusal(state, context) is { } refusal)
        {
            return refusal;
        }
        if (string.IsNullOrWhiteSpace(Comment))
        {
            return Decision.Refuse(Refusal.Invalid, "comment", "Returning a realisation needs a comment saying what to fix.");
        }
        return Decision.Accept(new RealisationReturned(Key, state.Region!.Value, state.UnitId!, state.Current!.Number, Comment.Trim(),
            Actor.Of(context.Caller), clock.GetUtcNow()));
    }
}
