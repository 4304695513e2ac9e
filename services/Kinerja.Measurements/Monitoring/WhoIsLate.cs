namespace Kinerja.Measurements.Monitoring;

/// <summary>
/// The "who is late" query ministry and regional operators ask: for a region (optionally one unit) and a period, every
/// realisation due in it that does not count yet. A period includes the shorter ones inside it: asking for TW I lists
/// January–March of monthly indicators too.
/// </summary>
internal sealed record WhoIsLate(RegionCode Region, string? UnitId, Period Period)
{
    public IReadOnlyList<MissingRealisation> Run(MeasurementPlans plans, IReadOnlyDictionary<RealisationKey, Realisation> realisations) =>
        Due(plans)
            .Select(due => (due, state: realisations.GetValueOrDefault(due.Key) ?? Realisation.NotReported(due.Key)))
            .Where(x => !x.state.Counts)
            .Select(x => new MissingRealisation(x.due.Plan.AgreementId, x.due.Plan.UnitId, x.due.Plan.Receiver, x.due.Indicator.Id,
                x.due.Indicator.Code, x.due.Indicator.Name, x.due.Indicator.ResponsibleNip, x.due.Key.Period, LatenessOf(x.state),
                x.state.Current?.Submission.Value))
            .OrderBy(m => m.UnitId, StringComparer.Ordinal)
            .ThenBy(m => m.Receiver.Name, StringComparer.Ordinal)
            .ThenBy(m => m.IndicatorCode, StringComparer.Ordinal)
            .ThenBy(m => m.Period)
            .ToArray();

    /// <summary>Per unit: due, counting and missing realisations of the period.</summary>
    public IReadOnlyList<UnitProgress> Progress(MeasurementPlans plans, IReadOnlyDictionary<RealisationKey, Realisation> realisations) =>
        Due(plans)
            .Select(due => (due.Plan.UnitId, state: realisations.GetValueOrDefault(due.Key) ?? Realisation.NotReported(due.Key)))
            .GroupBy(x => x.UnitId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new UnitProgress(g.Key, g.Count(), g.Count(x => x.state.Counts),
                g.Count(x => x.state.Status == RealisationStatus.NotReported),
                g.Count(x => x.state.Status == RealisationStatus.AwaitingVerification),
                g.Count(x => x.state.Status == RealisationStatus.Returned)))
            .ToArray();

    private IEnumerable<(MeasurementPlan Plan, PlannedIndicator Indicator, RealisationKey Key)> Due(MeasurementPlans plans) =>
        from plan in plans.Plans.Values
        where plan.Region == Region && (UnitId is null || plan.UnitId == UnitId) && plan.Year == Period.Year
        from indicator in plan.Indicators
        from period in indicator.PeriodsOf(plan.Year)
        where Period.Contains(period) && plan.Measures(period)
        select (plan, indicator, new RealisationKey(plan.AgreementId, indicator.Id, period));

    private static Lateness LatenessOf(Realisation state) => state.Status switch
    {
        RealisationStatus.AwaitingVerification => Lateness.AwaitingVerification,
        RealisationStatus.Returned => Lateness.Returned,
        _ => Lateness.NotReported,
    };
}
