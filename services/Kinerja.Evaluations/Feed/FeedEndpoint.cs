using Kinerja.Evaluations.Evaluating;
using Kinerja.Evaluations.Http;

namespace Kinerja.Evaluations.Feed;

using EventStore = Kinerja.EventStore.EventStore;

/// <summary>
/// Catch-up feed for HR systems that cannot hold a queue: evaluation events in the store's global order, paged. The
/// store only returns events of transactions older than every running one, so a late commit is never skipped.
/// </summary>
internal static class FeedEndpoint
{
    private const string EvaluatedUrn = "urn:message:kinerja:evaluations:agreement-evaluated:v1";
    private const string SupersededUrn = "urn:message:kinerja:evaluations:evaluation-superseded:v1";

    public static void MapFeed(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/feed/evaluations", Read).WithName("ReadEvaluationFeed")
            .WithSummary("Evaluation events after a position, in order, paged (limit 1–1000, default 100); never skips an event. Regions limited to the token's.");

    private static async Task<IResult> Read(string? after, int? limit, string? regionCode, HttpContext http, EventStore store, CancellationToken ct)
    {
        if (!FeedToken.TryRead(after, out var position))
        {
            return Answers.Invalid("after", "Pass back a 'next' or 'position' value this feed returned, or nothing to start at the beginning.");
        }
        if (limit is < 1 or > 1000)
        {
            return Answers.Invalid("limit", "Ask for 1 to 1000 events per page.");
        }
        if (regionCode is not null && !RegionCodes.IsValid(regionCode))
        {
            return Answers.Invalid("regionCode", "A region code looks like 64 or 64.02.");
        }
        var caller = Caller.From(http.User);
        if (!caller.IsInAny(KinerjaRoles.HrSubscriber, KinerjaRoles.Ministry, KinerjaRoles.Auditor, KinerjaRoles.Admin, KinerjaRoles.Operator))
        {
            return Answers.Forbidden("The feed is for HR subscribers, the ministry, auditors, admins and operators.");
        }
        if (regionCode is not null && !caller.MayRead(regionCode))
        {
            return Answers.Forbidden($"Your token does not cover region {regionCode}.");
        }
        // One region in the token narrows the read in the database; several are filtered here, which only makes pages shorter.
        var tenant = regionCode ?? (caller.CoversRegion(KinerjaClaims.AllRegions) || caller.Regions.Count != 1 ? null : caller.Regions[0]);
        var page = await store.ReadAllAsync(new EventFilter(tenant, EvaluationEventTypes.Feed), position, limit ?? 100, ct);
        var entries = page.Events
            .Where(e => caller.MayRead(e.Metadata.Tenant))
            .Select(e => e.Data switch
            {
                EvaluationMade made => new FeedEntry(FeedToken.Of(e.Position), EvaluatedUrn, e.RecordedAt, made.Result),
                EvaluationReplaced replaced => new FeedEntry(FeedToken.Of(e.Position), SupersededUrn, e.RecordedAt, replaced.Notice),
                _ => null,
            })
            .OfType<FeedEntry>()
            .ToList();
        return TypedResults.Ok(new FeedPage(entries, FeedToken.Of(page.Next)));
    }
}
