using Kinerja.Agreements.Http;
using Kinerja.Agreements.Persistence;

namespace Kinerja.Agreements.Submitting;

internal static class SubmitAgreementEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/agreements/{id}/submit", (string id, HttpContext http, AgreementStreams streams) =>
            Api.CommandAsync(http, streams, id, "submit", Api.IsOperatorOf,
                (state, actor) => Task.FromResult(SubmitAgreement.Decide(state, new SubmitAgreement(state!.Id), streams.Clock, actor))))
        .WithName("SubmitAgreement").WithTags("Workflow").WithSummary("Submits a complete draft for verification.");
}
