using Kinerja.Agreements.Http;
using Kinerja.Agreements.Persistence;

namespace Kinerja.Agreements.EditingDraft;

internal sealed record EditDraftRequest(string? GiverPositionId, AgreementContent? Content);

internal static class EditDraftEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut("/api/agreements/{id}/draft", (string id, EditDraftRequest body, HttpContext http, AgreementStreams streams) =>
            Api.CommandAsync(http, streams, id, "edit", Api.IsOperatorOf, async (state, actor) =>
            {
                var (registry, _) = await streams.LoadRegistryAsync(state!.Region, http.RequestAborted);
                var command = new EditDraft(state.Id, string.IsNullOrWhiteSpace(body.GiverPositionId) ? null : PositionId.From(body.GiverPositionId),
                    body.Content ?? new AgreementContent([], []));
                return EditDraft.Decide(state, command, registry, streams.Clock, actor);
            }))
        .WithName("EditDraft").WithTags("Agreements").WithSummary("Replaces the content (and optionally the giver) of a draft or returned agreement. Send If-Match with the ETag.");
}
