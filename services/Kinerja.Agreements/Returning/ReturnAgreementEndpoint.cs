using Kinerja.Agreements.Http;
using Kinerja.Agreements.Persistence;

namespace Kinerja.Agreements.Returning;

internal sealed record ReturnAgreementRequest(string? Comments);

internal static class ReturnAgreementEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/agreements/{id}/return", (string id, ReturnAgreementRequest body, HttpContext http, AgreementStreams streams) =>
            Api.CommandAsync(http, streams, id, "return", Api.IsVerifierOf,
                (state, actor) => Task.FromResult(ReturnAgreement.Decide(state, new ReturnAgreement(state!.Id, body.Comments ?? ""), streams.Clock, actor)),
                reason: body.Comments))
        .WithName("ReturnAgreement").WithTags("Workflow").WithSummary("Returns a submitted agreement to its drafter with comments.");
}
