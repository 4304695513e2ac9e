using Kinerja.Agreements.Http;
using Kinerja.Agreements.Persistence;
using Kinerja.ServiceDefaults.Auth;

namespace Kinerja.Agreements.Organisation.PlacingOfficial;

internal sealed record PlaceOfficialRequest(string? OfficialId, string? PositionId, DateOnly? From, bool Acting);

internal sealed record EndPlacementRequest(string? OfficialId, string? PositionId, DateOnly? On);

internal static class PlaceOfficialEndpoint
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/regions/{region}/placements", async (string region, PlaceOfficialRequest body, HttpContext http, AgreementStreams streams) =>
        {
            if (!Api.TryRegion(region, out var code, out var problem))
            {
                return problem!;
            }
            var caller = Caller.From(http.User);
            if (Api.CheckRegistry(caller, code) is { } forbidden)
            {
                return forbidden;
            }
            if (body.From is not { } from)
            {
                return Api.Invalid("from", "The first day in the position is required.");
            }
            var command = new PlaceOfficial(Values.OfficialId.From(body.OfficialId ?? ""), Values.PositionId.From(body.PositionId ?? ""), from, body.Acting);
            var outcome = await streams.HandleOrganisationAsync(code, Api.ActorOf(caller), state => PlaceOfficial.Decide(state, command, streams.Clock, Api.ActorOf(caller)), http.RequestAborted);
            return Api.AnswerOrganisation(http, outcome);
        }).WithName("PlaceOfficial").WithTags("Organisation").WithSummary("Places an official in a position from a date, definitively or as acting (Plt).");

        app.MapPost("/api/regions/{region}/placements/end", async (string region, EndPlacementRequest body, HttpContext http, AgreementStreams streams) =>
        {
            if (!Api.TryRegion(region, out var code, out var problem))
            {
                return problem!;
            }
            var caller = Caller.From(http.User);
            if (Api.CheckRegistry(caller, code) is { } forbidden)
            {
                return forbidden;
            }
            if (body.On is not { } on)
            {
                return Api.Invalid("on", "The first day the official no longer holds the position is required.");
            }
            var command = new EndPlacement(Values.OfficialId.From(body.OfficialId ?? ""), Values.PositionId.From(body.PositionId ?? ""), on);
            var outcome = await streams.HandleOrganisationAsync(code, Api.ActorOf(caller), state => EndPlacement.Decide(state, command, streams.Clock, Api.ActorOf(caller)), http.RequestAborted);
            return Api.AnswerOrganisation(http, outcome);
        }).WithName("EndPlacement").WithTags("Organisation").WithSummary("Ends an official's placement in a position on a date.");
    }
}
