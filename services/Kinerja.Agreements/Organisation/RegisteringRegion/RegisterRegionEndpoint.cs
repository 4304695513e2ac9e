using Kinerja.Agreements.Http;
using Kinerja.Agreements.Persistence;
using Kinerja.Agreements.ReadModels;
using Kinerja.ServiceDefaults.Auth;

namespace Kinerja.Agreements.Organisation.RegisteringRegion;

internal sealed record RegisterRegionRequest(string? Code, string? Name, string? HeadOfRegionTitle);

internal static class RegisterRegionEndpoint
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/regions", async (RegisterRegionRequest body, HttpContext http, AgreementStreams streams) =>
        {
            if (!RegionCode.TryParse(body.Code, out var region, out var error))
            {
                return Api.Invalid("code", error);
            }
            var caller = Caller.From(http.User);
            if (Api.CheckRegistry(caller, region) is { } forbidden)
            {
                return forbidden;
            }
            var outcome = await streams.HandleOrganisationAsync(region, Api.ActorOf(caller),
                state => RegisterRegion.Decide(state, new RegisterRegion(region, body.Name ?? "", body.HeadOfRegionTitle ?? ""), streams.Clock, Api.ActorOf(caller)), http.RequestAborted);
            return Api.AnswerOrganisation(http, outcome);
        }).WithName("RegisterRegion").WithTags("Organisation").WithSummary("Registers a region (Kemendagri code, name, title of its head) so its organisation and agreements can be recorded.");

        app.MapGet("/api/regions", async (HttpContext http, AgreementQueries queries) =>
        {
            var caller = Caller.From(http.User);
            var regions = await queries.RegionsAsync(http.RequestAborted);
            return TypedResults.Ok(regions.Where(r => caller.MayRead(r.Code)).ToList());
        }).WithName("ListRegions").WithTags("Organisation").WithSummary("The registered regions the caller may read.");

        app.MapGet("/api/regions/{region}/organisation", async (string region, HttpContext http, AgreementStreams streams) =>
        {
            if (!Api.TryRegion(region, out var code, out var problem))
            {
                return problem!;
            }
            if (!Caller.From(http.User).MayRead(code.Value))
            {
                return Api.Forbidden($"Your token does not cover region {code}.");
            }
            var (registry, version) = await streams.LoadRegistryAsync(code, http.RequestAborted);
            if (!registry.IsRegistered)
            {
                return Api.NotFound($"Region {code} is not registered.");
            }
            Api.SetETag(http, version);
            return TypedResults.Ok(new
            {
                Region = registry.Region.Value,
                registry.Name,
                registry.HeadOfRegionTitle,
                Units = registry.Units.Values.OrderBy(u => u.Id.Value, StringComparer.Ordinal),
                Positions = registry.Positions.Values.OrderBy(p => p.Id.Value, StringComparer.Ordinal),
                Officials = registry.Officials.Values.OrderBy(o => o.Id.Value, StringComparer.Ordinal),
                registry.Placements,
                BudgetApprovals = registry.BudgetApprovalDates.OrderBy(b => b.Key.Value).Select(b => new { Year = b.Key.Value, ApprovedOn = b.Value }),
            });
        }).WithName("GetOrganisation").WithTags("Organisation").WithSummary("A region's organisation registry: units, positions with reporting lines, officials, placements (incl. Plt) and DPA approval dates.");
    }
}
