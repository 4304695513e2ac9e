using Kinerja.Agreements.Http;
using Kinerja.Agreements.Persistence;
using Kinerja.ServiceDefaults.Auth;

namespace Kinerja.Agreements.Organisation.AddingUnit;

internal sealed record AddUnitRequest(string? UnitId, string? Name, string? ParentUnitId);

internal static class AddUnitEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/regions/{region}/units", async (string region, AddUnitRequest body, HttpContext http, AgreementStreams streams) =>
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
            var command = new AddUnit(Values.UnitId.From(body.UnitId ?? ""), body.Name ?? "", string.IsNullOrWhiteSpace(body.ParentUnitId) ? null : Values.UnitId.From(body.ParentUnitId));
            var outcome = await streams.HandleOrganisationAsync(code, Api.ActorOf(caller), state => AddUnit.Decide(state, command, streams.Clock, Api.ActorOf(caller)), http.RequestAborted);
            return Api.AnswerOrganisation(http, outcome);
        }).WithName("AddUnit").WithTags("Organisation").WithSummary("Adds a work unit (perangkat daerah), optionally under a parent unit.");
}
