using Kinerja.Agreements.Http;
using Kinerja.Agreements.Persistence;
using Kinerja.EventStore;
using Kinerja.ServiceDefaults.Auth;

namespace Kinerja.Agreements.Organisation.ImportingOrganisation;

/// <summary>The import went through: how many registry events it wrote.</summary>
internal sealed record OrganisationImported(long Version, int Events);

internal static class ImportOrganisationEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/regions/{region}/organisation/import", async (string region, HttpContext http, AgreementStreams streams) =>
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
            using var reader = new StreamReader(http.Request.Body);
            // CsvHelper reads synchronously; the file is small, so buffer it rather than block on the request stream.
            var text = await reader.ReadToEndAsync(http.RequestAborted);
            var (registry, version) = await streams.LoadRegistryAsync(code, http.RequestAborted);
            var actor = Api.ActorOf(caller);
            var import = ImportOrganisation.Decide(registry, new StringReader(text), streams.Clock, actor);
            if (!import.IsValid)
            {
                // Every bad cell is reported (rows[n].column) and nothing is written.
                return import.ToValidationErrors().ToProblem();
            }
            if (import.Events.Count == 0)
            {
                return TypedResults.Ok(new OrganisationImported(version, 0));
            }
            try
            {
                var newVersion = await streams.AppendOrganisationAsync(code, actor, version, import.Events, http.RequestAborted);
                Api.SetETag(http, newVersion);
                return TypedResults.Ok(new OrganisationImported(newVersion, import.Events.Count));
            }
            catch (ConcurrencyException e)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The registry changed meanwhile.",
                    detail: $"The registry of {code} is now at version {e.Actual}; import again.", extensions: new Dictionary<string, object?> { ["currentVersion"] = e.Actual });
            }
        }).Accepts<string>("text/csv").WithName("ImportOrganisation").WithTags("Organisation")
          .WithSummary("Imports a region's organisation from CSV (one row per position with its holder); any invalid row imports nothing and every error is named by row and column.");
}
