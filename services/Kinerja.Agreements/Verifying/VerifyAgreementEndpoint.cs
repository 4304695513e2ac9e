using Kinerja.Agreements.Http;
using Kinerja.Agreements.Persistence;

namespace Kinerja.Agreements.Verifying;

internal static class VerifyAgreementEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/agreements/{id}/verify", (string id, HttpContext http, AgreementStreams streams) =>
            Api.CommandAsync(http, streams, id, "verify", Api.IsVerifierOf,
                (state, actor) => Task.FromResult(VerifyAgreement.Decide(state, new VerifyAgreement(state!.Id), streams.Clock, actor))))
        .WithName("VerifyAgreement").WithTags("Workflow").WithSummary("Verifies a submitted agreement; it can then be signed.");
}
