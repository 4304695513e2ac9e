namespace Kinerja.Measurements.Verifying;

internal static class VerifyRealisationEndpoint
{
    public static void MapVerifyRealisation(this RouteGroupBuilder api) => api.MapPost(RealisationRoutes.Realisation + "/verification",
        (string agreementId, string indicatorId, string period, HttpContext http, RealisationHandler handler, TimeProvider clock,
            CancellationToken cancellationToken) =>
            handler.HandleAsync(new(agreementId, indicatorId, period), http, null,
                (key, state, context) => new VerifyRealisation(key).Decide(state, clock, context), cancellationToken))
        .WithName("VerifyRealisation")
        .WithSummary("Verify the realisation awaiting verification (the receiver's superior, a verifier of the region); it then counts.")
        .Produces<RealisationView>()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
