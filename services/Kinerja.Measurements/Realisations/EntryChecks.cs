namespace Kinerja.Measurements.Realisations;

/// <summary>What recording and correcting both require before the value itself is looked at.</summary>
internal static class EntryChecks
{
    /// <summary>The refusal, if the caller may not enter a value for <paramref name="key"/> now; otherwise null and the indicator.</summary>
    public static Decision? Refusal(RealisationKey key, MeasurementContext context, out PlannedIndicator indicator)
    {
        indicator = null!;
        if (Approvals.Locate(key, context) is { } missing)
        {
            return missing;
        }
        var plan = context.Plan!;
        indicator = plan.Indicator(key.IndicatorId)!;
        if (!Permissions.MayRecord(context.Caller, plan, indicator))
        {
            return Decision.Refuse(Measurements.Refusal.Forbidden, "indicatorId",
                "Only the person responsible for the indicator or an operator of the unit may enter its realisations.");
        }
        var periods = indicator.PeriodsOf(plan.Year);
        if (!periods.Contains(key.Period))
        {
            return Decision.Refuse(Measurements.Refusal.Invalid, "period",
                $"The indicator is measured {indicator.Frequency.ToString().ToLowerInvariant()}; {key.Period} is not one of its periods ({string.Join(", ", periods)}).");
        }
        if (!plan.Measures(key.Period))
        {
            return Decision.Refuse(Measurements.Refusal.Conflict, "agreementId",
                plan.Status == PlanStatus.Withdrawn ? "The agreement was withdrawn." : $"The agreement was closed on {plan.ClosedOn:yyyy-MM-dd}.");
        }
        if (context.Periods.ClosedPeriodContaining(key.Period) is { } closed)
        {
            return Decision.Refuse(Measurements.Refusal.Conflict, "period", $"{closed.Label} is closed; it must be reopened with a reason first.");
        }
        return null;
    }
}
