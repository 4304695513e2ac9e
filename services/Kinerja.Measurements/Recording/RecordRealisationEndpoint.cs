using Kinerja.Measurements.Storage;

namespace Kinerja.Measurements.Recording;

internal static class RecordRealisationEndpoint
{
    public static void MapRecordRealisation(this RouteGroupBuilder api) => api.MapPost(RealisationRoutes.Realisation,
        async (string agreementId, string indicatorId, string period, RealisationInput input, HttpContext http,
            RealisationHandler handler, EvidenceFiles files, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var (submission, problem) = await input.ToSubmissionAsync(files, cancellationToken);
            return problem ?? await handler.HandleAsync(new(agreementId, indicatorId, period), http, null,
                (key, state, context) => new RecordRealisation(key, submission!).Decide(state, clock, context), cancellationToken);
        })
        .WithName("RecordRealisation")
        .WithSummary("Record the realisation of an indicator for a period (or resubmit it after a return).")
        .WithDescription("The person responsible (NIP) or an operator of the unit. Evidence is a link (evidenceUrl) or an uploaded file (evidenceSha256). A below-target value needs gapExplanation and followUpAction.")
        .Produces<RealisationView>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
