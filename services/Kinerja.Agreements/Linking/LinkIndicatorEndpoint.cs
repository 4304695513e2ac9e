using Kinerja.Agreements.Http;
using Kinerja.Agreements.Persistence;

namespace Kinerja.Agreements.Linking;

internal sealed record LinkIndicatorRequest(string? Indicator, string? ParentAgreementId, string? ParentIndicator);

internal static class LinkIndicatorEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/agreements/{id}/links", (string id, LinkIndicatorRequest body, HttpContext http, AgreementStreams streams) =>
            Api.CommandAsync(http, streams, id, "link", Api.IsOperatorOf, async (state, actor) =>
            {
                var parentId = AgreementId.From(body.ParentAgreementId ?? "");
                var (parent, _) = string.IsNullOrWhiteSpace(body.ParentAgreementId) ? (null, 0) : await streams.LoadAgreementAsync(parentId, cancellationToken: http.RequestAborted);
                return LinkIndicator.Decide(state, new LinkIndicator(state!.Id, ItemId.From(body.Indicator ?? ""), parentId, ItemId.From(body.ParentIndicator ?? "")), parent, streams.Clock, actor);
            }))
        .WithName("LinkIndicator").WithTags("Cascade").WithSummary("Points an indicator at the higher agreement's indicator it supports (cascade).");
}
