using Kinerja.Measurements.Storage;

namespace Kinerja.Measurements.ReopeningPeriod;

/// <summary>Why the closed period is opened again.</summary>
internal sealed record ReopenInput(string? Reason);

internal static class ReopenPeriodEndpoint
{
    public static void MapReopenPeriod(this RouteGroupBuilder api) => api.MapPost("/regions/{region}/periods/{period}/reopening",
        (string region, string period, ReopenInput input, HttpContext http, MeasurementWriter writer, TimeProvider clock, CancellationToken cancellationToken) =>
            PeriodCommands.HandleAsync(region, period, http, writer, input.Reason,
                (code, parsed, state, caller) => new ReopenPeriod(code, parsed, input.Reason).Decide(state, clock, caller), cancellationToken))
        .WithName("ReopenPeriod")
        .WithSummary("Reopen a closed period of the region with a reason (an operator of the whole region).")
        .Produces<ClosedPeriodsView>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
