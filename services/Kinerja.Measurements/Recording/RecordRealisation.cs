namespace Kinerja.Measurements.Recording;

/// <summary>Report the realisation of an indicator for a period; after a return the same command resubmits.</summary>
internal sealed record RecordRealisation(RealisationKey Key, Submission Submission)
{
    public Decision Decide(Realisation state, TimeProvider clock, MeasurementContext context)
    {
        if (EntryChecks.Refusal(Key, context, out var indicator) is { } refusal)
        {
            return refusal;
        }
        if (state.Status is not (RealisationStatus.NotReported or RealisationStatus.Returned))
        {
            return Decision.Refuse(Refusal.Conflict, "period",
                $"A realisation for {Key.Period.Label} is already {state.Status}; change it with a correction and a reason.");
        }
        var target = indicator.TargetFor(Key.Period);
        var errors = new ValidationErrors();
        Submission.Check(indicator, target, errors);
        if (errors.Any)
        {
            return Decision.Refuse(Refusal.Invalid, errors);
        }
        var plan = context.Plan!;
        return Decision.Accept(new RealisationRecorded(Key, plan.Region, plan.UnitId, plan.Version, state.Entries.Count + 1,
            Submission, target, Actor.Of(context.Caller), clock.GetUtcNow()));
    }
}
