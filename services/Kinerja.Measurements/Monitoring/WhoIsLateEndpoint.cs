using Kinerja.Measurements.Http;
using Kinerja.Measurements.Storage;

namespace Kinerja.Measurements.Monitoring;

/// <summary>One realisation that does not count yet. <c>lateness</c> is NotReported, AwaitingVerification or Returned; nothing reported has no value, never 0.</summary>
internal sealed record LateView(string AgreementId, string? AgreementKey, string UnitId, string ReceiverName, string ReceiverNip, string IndicatorId,
    string IndicatorCode, string IndicatorName, string ResponsibleNip, string Period, string PeriodLabel, string Lateness, decimal? ReportedValue);

/// <summary>The "who is late" answer: every missing realisation, and per unit how many are due, count, or are missing and why.</summary>
internal sealed record WhoIsLateView(string Region, string Period, string? UnitId, IReadOnlyList<LateView> Missing, IReadOnlyList<UnitProgress> Progress);

internal static class WhoIsLateEndpoint
{
    public static void MapWhoIsLate(this RouteGroupBuilder api) => api.MapGet("/regions/{region}/late",
        async (string region, string? period, string? unit, HttpContext http, ReadModels reads, CancellationToken cancellationToken) =>
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
            var realisations = (await reads.RealisationsAsync(code, new RealisationFilter(plans, plans.PeriodsWithin(parsed)), cancellationToken)).ToDictionary(r => r.Key, r => r.Value.State);
            var query = new WhoIsLate(code, unit, parsed);
            var missing = query.Run(plans, realisations).Select(m => new LateView(m.AgreementId.ToString(), plans[m.AgreementId]?.SourceId, m.UnitId,
                m.Receiver.Name, m.Receiver.Nip, m.IndicatorId.ToString(), m.IndicatorCode, m.IndicatorName, m.ResponsibleNip, m.Period.ToString(),
                m.Period.Label, m.Lateness.ToString(), m.ReportedValue)).ToArray();
            return TypedResults.Ok(new WhoIsLateView(code.Value, parsed.ToString(), unit, missing, query.Progress(plans, realisations)));
        })
        .WithName("WhoIsLate")
        .WithSummary("Who is late: every due realisation of the region (optionally one unit) in the period that does not count yet, and progress per unit.")
        .Produces<WhoIsLateView>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden);
}
