using Kinerja.Measurements.Http;
using Kinerja.Measurements.Storage;

namespace Kinerja.Measurements.GettingVerificationQueue;

/// <summary>A realisation waiting for its verifier.</summary>
internal sealed record QueuedRealisation(string AgreementId, string? AgreementKey, string UnitId, string IndicatorId, string IndicatorCode,
    string IndicatorName, string Period, string PeriodLabel, int EntryNumber, decimal Value, string? Target, string EnteredBy,
    DateTimeOffset EnteredAt, long Version);

internal static class VerificationQueueEndpoint
{
    public static void MapVerificationQueue(this RouteGroupBuilder api) => api.MapGet("/regions/{region}/verification-queue",
        async (string region, string? unit, HttpContext http, ReadModels reads, CancellationToken cancellationToken) =>
        {
            if (!RegionCode.TryParse(region, out var code))
            {
                return Refusals.Invalid("region", "A region code such as 64 or 64.02.");
            }
            if (!Caller.From(http.User).MayRead(code.Value))
            {
                return Refusals.Forbidden("region", $"Your token does not cover region {code}.");
            }
            var plans = await reads.PlansAsync(code, unit, null, cancellationToken);
            var waiting = await reads.RealisationsAsync(code, new RealisationFilter(unit is null ? null : plans, AwaitingOnly: true), cancellationToken);
            var queue =
                from item in waiting.Values
                let plan = plans[item.State.Key.AgreementId]
                where plan is not null
                let indicator = plan.Indicator(item.State.Key.IndicatorId)
                let entry = item.State.Current!
                orderby entry.At
                select new QueuedRealisation(plan.AgreementId.ToString(), plan.SourceId, plan.UnitId, item.State.Key.IndicatorId.ToString(),
                    indicator?.Code ?? "", indicator?.Name ?? "", item.State.Key.Period.ToString(), item.State.Key.Period.Label, entry.Number,
                    entry.Submission.Value, entry.Target?.Target.ToString(), entry.By.Name, entry.At, item.Version);
            return TypedResults.Ok(queue.ToArray());
        })
        .WithName("GetVerificationQueue")
        .WithSummary("Realisations of the region (optionally one unit) awaiting verification, oldest first.")
        .Produces<QueuedRealisation[]>()
        .ProducesProblem(StatusCodes.Status403Forbidden);
}
