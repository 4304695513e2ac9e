namespace Kinerja.Measurements.Realisations;

/// <summary>
/// What a person responsible reports for one period: the value, its evidence, notes, and for a below-target value the
/// explanation of the gap and the follow-up action.
/// </summary>
internal sealed record Submission(decimal Value, Evidence? Evidence, string? Notes, string? GapExplanation, string? FollowUpAction)
{
    public const int MaxTextLength = 4000;

    /// <summary>Adds the field-level problems of this submission for <paramref name="indicator"/> against <paramref name="target"/>.</summary>
    public void Check(PlannedIndicator indicator, PlannedTarget? target, ValidationErrors errors)
    {
        CheckValue(Value, indicator, errors, "value");
        if (Evidence is null)
        {
            errors.Add("evidence", "Evidence (an uploaded file or a link) is required.");
        }
        else
        {
            Evidence.Check(errors, "evidence");
        }
        if (target is not null && target.Target.IsMissedBy(Value, indicator.Polarity))
        {
            var why = $"The value is below the target of {target.Target} for {target.Period.Label}";
            errors.Require(!string.IsNullOrWhiteSpace(GapExplanation), "gapExplanation", $"{why}: explain the gap.")
                .Require(!string.IsNullOrWhiteSpace(FollowUpAction), "followUpAction", $"{why}: state the follow-up action.");
        }
        foreach (var (field, text) in new[] { ("notes", Notes), ("gapExplanation", GapExplanation), ("followUpAction", FollowUpAction) })
        {
            errors.Require((text?.Length ?? 0) <= MaxTextLength, field, $"At most {MaxTextLength} characters.");
        }
    }

    /// <summary>Checks a value against the indicator's kind of number; also used for a reviewer's corrected value.</summary>
    public static void CheckValue(decimal value, PlannedIndicator indicator, ValidationErrors errors, string field)
    {
        var unit = indicator.UnitOfMeasure;
        switch (indicator.ValueKind)
        {
            case ValueKind.Percent:
                errors.Require(value is >= 0 and <= 100, field, $"A percentage ({unit}) between 0 and 100.");
                break;
            case ValueKind.Count:
                errors.Require(value >= 0 && value == decimal.Truncate(value), field, $"A whole number of {unit}, not negative.");
                break;
            case ValueKind.Rupiah:
                errors.Require(value >= 0 && value == decimal.Round(value, 2), field, "An amount in Rupiah, not negative, at most two decimals.");
                break;
            case ValueKind.Number:
                break;
        }
    }
}
