using Kinerja.Measurements.Storage;

namespace Kinerja.Measurements.ClosingPeriod;

internal static class ClosePeriodEndpoint
{
    public static void MapClosePeriod(this RouteGroupBuilder api) => api.MapPost("/regions/{region}/periods/{period}/closing",
        (string region, string period, HttpContext http, MeasurementWriter writer, TimeProvider clock, CancellationToken cancellationToken) =>
            PeriodCommands.HandleAsync(region, period, http, writer, null,
                (code, parsed, state, caller) => new ClosePeriod(code, parsed).Decide(state, clock, caller), cancellationToken))
        .WithName("ClosePeriod")
        .WithSummary("Close a period of the region (an operator of the whole region); entries for it and the periods inside it are then refused.")
        .Produces<ClosedPeriodsView>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
