namespace Kinerja.Measurements.Correcting;

/// <summary>Supersede the current value with a new one and a reason. The corrected realisation must be verified again.</summary>
internal sealed record CorrectRealisation(RealisationKey Key, Submission Submission, string? Reason)
{
    public Decision Decide(Realisation state, TimeProvider clock, MeasurementContext context)
    {
        if (EntryChecks.Refusal(Key, context, out var indicator) is { } refusal)
        {
            return refusal;
        }
        if (state.Current is not { } current)
        {
            return Decision.Refuse(Refusal.Conflict, "period", $"Nothing was reported for {Key.Period.Label}; record it instead.");
        }
        // Measured against the target in force now: a revision may have changed it since the first entry.
        var target = indicator.TargetFor(Key.Period);
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(Reason), "reason", "A correction needs a reason.")
            .Require(Submission != current.Submission, "value", "The correction repeats the current entry.");
        Submission.Check(indicator, target, errors);
        if (errors.Any)
        {
            return Decision.Refuse(Refusal.Invalid, errors);
        }
        var plan = context.Plan!;
        return Decision.Accept(new RealisationCorrected(Key, plan.Region, plan.UnitId, plan.Version, state.Entries.Count + 1,
            Submission, target, current.Submission.Value, Reason!.Trim(), Actor.Of(context.Caller), clock.GetUtcNow()));
    }
}
