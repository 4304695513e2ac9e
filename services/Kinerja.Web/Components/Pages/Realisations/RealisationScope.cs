namespace Kinerja.Web.Components.Pages.Realisations;

/// <summary>
/// Which unit and period a realisation page shows: what the address asks for, else sensible defaults — the caller's own
/// unit when their token names one, and the current or latest open period.
/// </summary>
public sealed record RealisationScope(string Region, IReadOnlyList<ReportingUnit> Units, string? Unit, string Period,
    IReadOnlyList<string> ClosedPeriods, ServiceProblem? Problem)
{
    public static async Task<RealisationScope> ResolveAsync(IHttpClientFactory clients, string region, Kinerja.ServiceDefaults.Auth.Caller caller,
        string? unit, string? period, CancellationToken ct)
    {
        var today = TimeProvider.System.GetUtcNow();
        var closedAnswer = await MeasurementsApi.From(clients).ClosedPeriodsAsync(region, ct);
        var closed = closedAnswer.Value?.Closed.Select(c => c.Period).ToList() ?? [];
        var chosenPeriod = ReportingPeriods.IsValid(period) ? period! : ReportingPeriods.Default(today, closed);
        var rows = await AgreementRows.ListAsync(clients, region, ReportingPeriods.YearOf(chosenPeriod), ct);
        // A unit-scoped operator reports for their own units only; a token without units covers the whole region.
        var units = AgreementRows.ReportingUnits(rows.Value ?? []).Where(u => caller.CoversUnit(u.Id)).ToList();
        var mine = caller.Units.FirstOrDefault(u => units.Any(known => known.Id == u));
        var chosenUnit = units.Any(u => u.Id == unit) ? unit : mine ?? units.FirstOrDefault()?.Id;
        return new RealisationScope(region, units, chosenUnit, chosenPeriod, closed, rows.Problem ?? closedAnswer.Problem);
    }
}
