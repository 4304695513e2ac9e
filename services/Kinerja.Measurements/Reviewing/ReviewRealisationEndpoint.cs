namespace Kinerja.Measurements.Reviewing;

/// <summary>No corrected value accepts the realisation; a corrected value (with a note) annotates it.</summary>
internal sealed record ReviewInput(decimal? CorrectedValue, string? Note);

internal static class ReviewRealisationEndpoint
{
    public static void MapReviewRealisation(this RouteGroupBuilder api) => api.MapPost(RealisationRoutes.Realisation + "/review",
        (string agreementId, string indicatorId, string period, ReviewInput input, HttpContext http, RealisationHandler handler,
            TimeProvider clock, CancellationToken cancellationToken) =>
            handler.HandleAsync(new(agreementId, indicatorId, period), http, input.Note,
                (key, state, context) => new ReviewRealisation(key, input.CorrectedValue, input.Note).Decide(state, clock, context), cancellationToken))
        .WithName("ReviewRealisation")
        .WithSummary("Review a verified realisation (Inspektorat): accept it, or annotate it with a corrected value and a note.")
        .Produces<RealisationView>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
