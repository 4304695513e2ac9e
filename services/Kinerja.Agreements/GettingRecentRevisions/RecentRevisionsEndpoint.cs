using Kinerja.Agreements.Http;
using Kinerja.Agreements.Persistence;
using Kinerja.Agreements.ReadModels;
using Kinerja.ServiceDefaults.Auth;

namespace Kinerja.Agreements.GettingRecentRevisions;

/// <summary>One approved revision (PK Perubahan) of an agreement: which version it made, why, on what legal basis, who proposed and approved it.</summary>
internal sealed record RecentRevision(string AgreementId, string UnitName, string ReceiverName, int Version, RevisionReason Reason,
    LegalBasis LegalBasis, string ProposedBy, string ApprovedBy, DateTimeOffset ApprovedAt);

/// <summary>
/// <c>GET /api/regions/{region}/revisions?year=&amp;limit=</c>: the region's most recently approved revisions, newest first, for
/// its dashboard. The list rows say which agreements were revised; each one's revisions are folded from its stream.
/// </summary>
internal static class RecentRevisionsEndpoint
{
    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/api/regions/{region}/revisions",
        async (string region, int? year, int? limit, HttpContext http, AgreementQueries queries, AgreementStreams streams) =>
        {
            if (!Api.TryRegion(region, out var code, out var problem))
            {
                return problem!;
            }
            if (limit is < 1 or > 100)
            {
                return Api.Invalid("limit", "The limit is between 1 and 100 (default 10).");
            }
            if (!Caller.From(http.User).MayRead(code.Value))
            {
                return Api.Forbidden($"Your token does not cover region {code}.");
            }
            var revised = (await queries.SearchAsync(null, null, code.Value, null, year, null, null, http.RequestAborted))
                .Where(row => row.AgreementVersion > 1);
            var revisions = new List<RecentRevision>();
            foreach (var row in revised)
            {
                var (agreement, _) = await streams.LoadAgreementAsync(AgreementId.From(row.Id), cancellationToken: http.RequestAborted);
                revisions.AddRange((agreement?.Revisions ?? []).Select(r => new RecentRevision(row.Id, row.UnitName, row.ReceiverName, r.Version,
                    r.Reason, r.LegalBasis, r.ProposedBy.Name, r.ApprovedBy.Name, r.ApprovedAt)));
            }
            return TypedResults.Ok(revisions.OrderByDescending(r => r.ApprovedAt).Take(limit ?? 10).ToList());
        })
        .WithName("GetRecentRevisions").WithTags("Queries")
        .WithSummary("The region's most recently approved revisions (optionally of one year), newest first, with reason, legal basis, proposer and approver.");
}
