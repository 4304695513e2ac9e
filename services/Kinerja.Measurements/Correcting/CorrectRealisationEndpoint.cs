using Kinerja.Measurements.Storage;

namespace Kinerja.Measurements.Correcting;

internal static class CorrectRealisationEndpoint
{
    public static void MapCorrectRealisation(this RouteGroupBuilder api) => api.MapPost(RealisationRoutes.Realisation + "/correction",
        async (string agreementId, string indicatorId, string period, RealisationInput input, HttpContext http,
            RealisationHandler handler, EvidenceFiles files, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var (submission, problem) = await input.ToSubmissionAsync(files, cancellationToken);
            return problem ?? await handler.HandleAsync(new(agreementId, indicatorId, period), http, input.Reason,
                (key, state, context) => new CorrectRealisation(key, submission!, input.Reason).Decide(state, clock, context), cancellationToken);
        })
        .WithName("CorrectRealisation")
        .WithSummary("Correct a realisation with a new value and a reason; the old value stays in its history.")
        .Produces<RealisationView>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
