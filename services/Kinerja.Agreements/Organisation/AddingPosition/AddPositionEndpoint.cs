using Kinerja.Agreements.Http;
using Kinerja.Agreements.Persistence;
using Kinerja.ServiceDefaults.Auth;

namespace Kinerja.Agreements.Organisation.AddingPosition;

internal sealed record AddPositionRequest(string? PositionId, string? Title, Echelon? Echelon, string? UnitId, string? SuperiorPositionId);

internal static class AddPositionEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/regions/{region}/positions", async (string region, AddPositionRequest body, HttpContext http, AgreementStreams streams) =>
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
            if (body.Echelon is not { } echelon)
            {
                return Api.Invalid("echelon", "The echelon is required: " + string.Join(", ", Enum.GetNames<Echelon>()) + ".");
            }
            var command = new AddPosition(Values.PositionId.From(body.PositionId ?? ""), body.Title ?? "", echelon,
                string.IsNullOrWhiteSpace(body.UnitId) ? null : Values.UnitId.From(body.UnitId),
                string.IsNullOrWhiteSpace(body.SuperiorPositionId) ? null : Values.PositionId.From(body.SuperiorPositionId));
            var outcome = await streams.HandleOrganisationAsync(code, Api.ActorOf(caller), state => AddPosition.Decide(state, command, streams.Clock, Api.ActorOf(caller)), http.RequestAborted);
            return Api.AnswerOrganisation(http, outcome);
        }).WithName("AddPosition").WithTags("Organisation").WithSummary("Adds a position with its echelon, unit and reporting line (superior position).");
}
