namespace Kinerja.Measurements.GettingRealisationHistory;

internal static class RealisationHistoryEndpoint
{
    public static void MapRealisationHistory(this RouteGroupBuilder api) => api.MapGet(RealisationRoutes.Realisation,
        (string agreementId, string indicatorId, string period, HttpContext http, RealisationHandler handler, CancellationToken cancellationToken) =>
            handler.GetAsync(new(agreementId, indicatorId, period), http, cancellationToken))
        .WithName("GetRealisation")
        .WithSummary("A realisation with its whole history: every entry (corrections keep the old values), verification, return and review.")
        .Produces<RealisationView>()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound);
}
