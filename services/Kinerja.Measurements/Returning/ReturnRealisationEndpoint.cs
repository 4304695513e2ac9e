namespace Kinerja.Measurements.Returning;

/// <summary>What the verifier says is wrong.</summary>
internal sealed record ReturnInput(string? Comment);

internal static class ReturnRealisationEndpoint
{
    public static void MapReturnRealisation(this RouteGroupBuilder api) => api.MapPost(RealisationRoutes.Realisation + "/return",
        (string agreementId, string indicatorId, string period, ReturnInput input, HttpContext http, RealisationHandler handler,
            TimeProvider clock, CancellationToken cancellationToken) =>
            handler.HandleAsync(new(agreementId, indicatorId, period), http, input.Comment,
                (key, state, context) => new ReturnRealisation(key, input.Comment).Decide(state, clock, context), cancellationToken))
        .WithName("ReturnRealisation")
        .WithSummary("Return the realisation awaiting verification with a comment; it must be resubmitted or corrected.")
        .Produces<RealisationView>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
