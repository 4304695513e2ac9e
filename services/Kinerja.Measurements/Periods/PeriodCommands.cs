using Kinerja.EventStore;
using Kinerja.Measurements.Http;
using Kinerja.Measurements.Storage;

namespace Kinerja.Measurements.Periods;

/// <summary>A region's closed periods as the API shows them; <c>version</c> is the region's periods stream version.</summary>
internal sealed record ClosedPeriodsView(string Region, IReadOnlyList<ClosedPeriodView> Closed, long Version)
{
    public static ClosedPeriodsView Of(RegionPeriods periods, long version) => new(periods.Region.Value,
        periods.Closed.Order().Select(p => new ClosedPeriodView(p.ToString(), p.Label)).ToArray(), version);
}

internal sealed record ClosedPeriodView(string Period, string Label);

/// <summary>Runs closing or reopening a period of a region against the region's periods stream.</summary>
internal static class PeriodCommands
{
    public static async Task<IResult> HandleAsync(string region, string period, HttpContext http, MeasurementWriter writer, string? reason,
        Func<RegionCode, Period, RegionPeriods, Caller, Decision> decide, CancellationToken cancellationToken)
    {
        if (!RegionCode.TryParse(region, out var code))
        {
            return Refusals.Invalid("region", "A region code such as 64 or 64.02.");
        }
        if (!Period.TryParse(period, out var parsed))
        {
            return Refusals.Invalid("period", "A period such as 2025-Q2, 2025-M03, 2025-S1 or 2025.");
        }
        var caller = Caller.From(http.User);
        var (state, version) = await writer.PeriodsAsync(code, cancellationToken);
        var decision = decide(code, parsed, state, caller);
        if (!decision.IsAccepted)
        {
            return Refusals.ToResult(decision);
        }
        try
        {
            version = await writer.AppendAsync(state.StreamId, version, decision.Events, null, code, caller, reason, cancellationToken);
        }
        catch (ConcurrencyException conflict)
        {
            return Refusals.Stale(conflict.Actual);
        }
        return TypedResults.Ok(ClosedPeriodsView.Of(decision.Events.Aggregate(state, (s, e) => s.Evolve(e)), version));
    }

    public static void MapClosedPeriods(this RouteGroupBuilder api) => api.MapGet("/regions/{region}/periods",
        async (string region, HttpContext http, MeasurementWriter writer, CancellationToken cancellationToken) =>
        {
            if (!RegionCode.TryParse(region, out var code))
            {
                return Refusals.Invalid("region", "A region code such as 64 or 64.02.");
            }
            if (!Caller.From(http.User).MayRead(code.Value))
            {
                return Refusals.Forbidden("region", $"Your token does not cover region {code}.");
            }
            var (state, version) = await writer.PeriodsAsync(code, cancellationToken);
            return TypedResults.Ok(ClosedPeriodsView.Of(state, version));
        })
        .WithName("GetClosedPeriods")
        .WithSummary("The periods a region has closed.")
        .Produces<ClosedPeriodsView>()
        .ProducesProblem(StatusCodes.Status403Forbidden);
}
