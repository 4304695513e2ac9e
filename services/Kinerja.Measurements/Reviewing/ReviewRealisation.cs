namespace Kinerja.Measurements.Reviewing;

/// <summary>The Inspektorat's review of a verified realisation: accept it, or annotate it with a corrected value and a note.</summary>
internal sealed record ReviewRealisation(RealisationKey Key, decimal? CorrectedValue, string? Note)
{
    public Decision Decide(Realisation state, TimeProvider clock, MeasurementContext context)
    {
        if (Approvals.Locate(Key, context) is { } missing)
        {
            return missing;
        }
        var plan = context.Plan!;
        if (!Permissions.MayReview(context.Caller, plan))
        {
            return Decision.Refuse(Refusal.Forbidden, "agreementId", "Only the Inspektorat (a reviewer of the region) may review realisations.");
        }
        if (state.Status != RealisationStatus.Verified)
        {
            return Decision.Refuse(Refusal.Conflict, "status", $"Only a verified realisation can be reviewed; this one is {state.Status}.");
        }
        var errors = new ValidationErrors();
        if (CorrectedValue is { } corrected)
        {
            Submission.CheckValue(corrected, plan.Indicator(Key.IndicatorId)!, errors, "correctedValue");
            errors.Require(!string.IsNullOrWhiteSpace(Note), "note", "A corrected value needs a note explaining it.");
        }
        if (errors.Any)
        {
            return Decision.Refuse(Refusal.Invalid, errors);
        }
        return Decision.Accept(new RealisationReviewed(Key, state.Region!.Value, state.UnitId!, state.Current!.Number, CorrectedValue,
            string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(), Actor.Of(context.Caller), clock.GetUtcNow()));
    }
}
