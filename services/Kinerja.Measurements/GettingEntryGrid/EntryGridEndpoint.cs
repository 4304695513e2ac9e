using Kinerja.Measurements.Http;
using Kinerja.Measurements.Storage;

namespace Kinerja.Measurements.GettingEntryGrid;

/// <summary>One cell of the entry grid: an indicator in one period, its target, and where its realisation stands.</summary>
internal sealed record GridCell(string AgreementId, string? AgreementKey, string IndicatorId, string IndicatorCode, string IndicatorName,
    string UnitOfMeasure, string Frequency, string Period, string PeriodLabel, string? Target, int? TargetVersion, string Status,
    decimal? Value, decimal? CountedValue, long Version, bool Closed);

/// <summary>The grid of a unit for a period: indicators × the periods inside it.</summary>
internal sealed record EntryGridView(string Region, string UnitId, string Period, IReadOnlyList<GridCell> Cells);

internal static class EntryGridEndpoint
{
    public static void MapEntryGrid(this RouteGroupBuilder api) => api.MapGet("/regions/{region}/units/{unit}/grid",
        async (string region, string unit, string? period, HttpContext http, ReadModels reads, MeasurementWriter writer, CancellationToken cancellationToken) =>
        {
            if (!RegionCode.TryParse(region, out var code))
            {
                return Refusals.Invalid("region", "A region code such as 64 or 64.02.");
            }
            if (!Period.TryParse(period, out var parsed))
            {
                return Refusals.Invalid("period", "The query parameter period is required: 2025-Q2, 2025-M03, 2025-S1 or 2025.");
            }
            if (!Caller.From(http.User).MayRead(code.Value))
            {
                return Refusals.Forbidden("region", $"Your token does not cover region {code}.");
            }
            var plans = await reads.PlansAsync(code, unit, parsed.Year, cancellationToken);
            var realisations = await reads.RealisationsAsync(code, new RealisationFilter(plans, plans.PeriodsWithin(parsed)), cancellationToken);
            var (periods, _) = await writer.PeriodsAsync(code, cancellationToken);
            var cells =
                from plan in plans.Plans.Values.OrderBy(p => p.SourceId ?? p.AgreementId.ToString(), StringComparer.Ordinal)
                from indicator in plan.Indicators
                from p in indicator.PeriodsOf(plan.Year)
                where parsed.Contains(p) && plan.Measures(p)
                let key = new RealisationKey(plan.AgreementId, indicator.Id, p)
                let stored = realisations.GetValueOrDefault(key)
                let target = indicator.TargetFor(p)
                select new GridCell(plan.AgreementId.ToString(), plan.SourceId, indicator.Id.ToString(), indicator.Code, indicator.Name,
                    indicator.UnitOfMeasure, indicator.Frequency.ToString(), p.ToString(), p.Label, target?.Target.ToString(), target?.Version,
                    (stored?.State.Status ?? RealisationStatus.NotReported).ToString(), stored?.State.Current?.Submission.Value,
                    stored?.State.CountedValue, stored?.Version ?? 0, periods.ClosedPeriodContaining(p) is not null);
            return TypedResults.Ok(new EntryGridView(code.Value, unit, parsed.ToString(), cells.ToArray()));
        })
        .WithName("GetEntryGrid")
        .WithSummary("The entry grid of a unit for a period: each indicator × period inside it, with its target and realisation status.")
        .Produces<EntryGridView>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden);
}
