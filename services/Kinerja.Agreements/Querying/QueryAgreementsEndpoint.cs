using Kinerja.Agreements.Http;
using Kinerja.Agreements.Persistence;
using Kinerja.Agreements.ReadModels;
using Kinerja.ServiceDefaults.Auth;

namespace Kinerja.Agreements.Querying;

internal static class QueryAgreementsEndpoint
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/agreements", async (string? region, string? unit, int? year, string? status, string? receiver, HttpContext http, AgreementQueries queries) =>
        {
            var caller = Caller.From(http.User);
            if (region is not null)
            {
                if (!Api.TryRegion(region, out var code, out var problem))
                {
                    return problem!;
                }
                if (!caller.MayRead(code.Value))
                {
                    return Api.Forbidden($"Your token does not cover region {code}.");
                }
            }
            if (status is not null && !Enum.TryParse<AgreementStatus>(status, ignoreCase: false, out _))
            {
                return Api.Invalid("status", "The status is one of: " + string.Join(", ", Enum.GetNames<AgreementStatus>()) + ".");
            }
            var regions = caller.CoversRegion(KinerjaClaims.AllRegions) ? null : caller.Regions;
            // An operator scoped to units sees only their units' agreements (DOMAIN.md "Actors": within their region and unit).
            var units = caller.IsIn(KinerjaRoles.Operator) && caller.Units.Count > 0 && !caller.IsIn(KinerjaRoles.Admin) ? caller.Units : null;
            return TypedResults.Ok(await queries.SearchAsync(regions, units, region, unit, year, status, string.IsNullOrWhiteSpace(receiver) ? null : receiver.Trim(), http.RequestAborted));
        }).WithName("SearchAgreements").WithTags("Queries")
          .WithSummary("Lists agreements by region, unit, year, status and receiver (name, NIP or position id), within the regions (and, for unit-scoped operators, the units) the caller may read.");

        app.MapGet("/api/agreements/counts", async Task<IResult> (int? year, HttpContext http, AgreementQueries queries) =>
        {
            var caller = Caller.From(http.User);
            if (!caller.IsInAny(KinerjaRoles.Ministry, KinerjaRoles.Auditor, KinerjaRoles.Admin))
            {
                return Api.Forbidden("Counts across regions are for ministry operators, auditors and administrators.");
            }
            var counts = await queries.CountsAsync(year, http.RequestAborted);
            return TypedResults.Ok(counts.Where(c => caller.MayRead(c.Key)).ToDictionary(c => c.Key, c => c.Value));
        }).WithName("CountAgreementsByStatus").WithTags("Queries").WithSummary("Counts of agreements by status per region, for ministry operators.");

        app.MapGet("/api/agreements/{id}", async (string id, HttpContext http, AgreementStreams streams) =>
        {
            var (state, version, problem) = await Api.AuthoriseAsync(streams, id, Caller.From(http.User), _ => true, "read", http.RequestAborted);
            if (problem is not null)
            {
                return problem;
            }
            Api.SetETag(http, version);
            return TypedResults.Ok(new AgreementView(version, state!));
        }).WithName("GetAgreement").WithTags("Queries").WithSummary("The agreement as it stands now; the ETag is its stream version, to send back as If-Match.");
    }
}

/// <summary>An agreement with its stream version (the ETag), which differs from its content version (<c>Agreement.Version</c>).</summary>
internal sealed record AgreementView(long StreamVersion, Agreement Agreement);
