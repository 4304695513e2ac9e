using Kinerja.Agreements.Http;
using Kinerja.Agreements.Persistence;

namespace Kinerja.Agreements.RejectingRevision;

internal sealed record RejectRevisionRequest(string? Comments);

internal static class RejectRevisionEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/agreements/{id}/revisions/reject", (string id, RejectRevisionRequest body, HttpContext http, AgreementStreams streams) =>
            Api.CommandAsync(http, streams, id, "reject a revision of", Api.IsVerifierOf,
                (state, actor) => Task.FromResult(RejectRevision.Decide(state, new RejectRevision(state!.Id, body.Comments ?? ""), streams.Clock, actor)),
                reason: body.Comments))
        .WithName("RejectRevision").WithTags("Revisions").WithSummary("Rejects the pending revision with comments; the version in force stays.");
}
