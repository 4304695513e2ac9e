using Kinerja.Agreements.Http;
using Kinerja.Agreements.Persistence;

namespace Kinerja.Agreements.ApprovingRevision;

internal static class ApproveRevisionEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/agreements/{id}/revisions/approve", (string id, HttpContext http, AgreementStreams streams) =>
            Api.CommandAsync(http, streams, id, "approve a revision of", Api.IsVerifierOf,
                (state, actor) => Task.FromResult(ApproveRevision.Decide(state, new ApproveRevision(state!.Id), streams.Clock, actor)),
                reason: "revision approved"))
        .WithName("ApproveRevision").WithTags("Revisions").WithSummary("Approves the pending revision: it becomes the new version in force and is published.");
}
