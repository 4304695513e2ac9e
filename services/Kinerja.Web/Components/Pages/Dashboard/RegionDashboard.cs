using Kinerja.Web.Components.Pages.Realisations;

namespace Kinerja.Web.Components.Pages.Dashboard;

/// <summary>How many agreements of a region got each rating in one period (Evaluations' <c>/ratings</c>).</summary>
internal sealed record RatingDistribution(string Period, int Agreements, int NotRated, IReadOnlyList<RatingCount> Ratings);

internal sealed record RatingCount(string Label, string LabelEnglish, int Count);

/// <summary>A unit ranked by its head's achievement (Evaluations' <c>/ranking</c>).</summary>
internal sealed record RankedUnit(int Rank, string UnitId, string? UnitName, string Head, string AgreementId, decimal? Achievement, string? Rating);

/// <summary>An approved revision (Agreements' <c>/api/regions/{region}/revisions</c>).</summary>
internal sealed record RecentRevision(string AgreementId, string UnitName, string ReceiverName, int Version, string Reason,
    RevisionLegalBasis LegalBasis, string ProposedBy, string ApprovedBy, DateTimeOffset ApprovedAt);

internal sealed record RevisionLegalBasis(string DecreeNumber, DateOnly DecreeDate);

/// <summary>
/// The figures of a region's dashboard, each read from the service that owns it with the signed-in person's token. A
/// service that fails spoils only its own figures: the page says which could not be read.
/// </summary>
internal sealed record RegionDashboard(
    string Region,
    int Year,
    string CurrentPeriod,
    ServiceAnswer<AgreementRow[]> Agreements,
    ServiceAnswer<LateRealisations> Missing,
    ServiceAnswer<RatingDistribution[]> Ratings,
    RatingDistribution? LatestRatings,
    ServiceAnswer<RankedUnit[]> Ranking,
    ServiceAnswer<RecentRevision[]> Revisions)
{
    public static async Task<RegionDashboard> LoadAsync(IHttpClientFactory clients, string region, CancellationToken ct)
    {
        var today = TimeProvider.System.GetUtcNow();
        var period = ReportingPeriods.QuarterOf(today);
        var evaluations = clients.CreateClient("evaluations");
        var agreements = AgreementRows.ListAsync(clients, region, today.Year, ct);
        var missing = MeasurementsApi.From(clients).LateAsync(region, period, ct);
        var revisions = ServiceCalls.GetAsync<RecentRevision[]>(clients.CreateClient("agreements"), $"/api/regions/{region}/revisions?year={today.Year}&limit=10", ct);
        var ratings = ServiceCalls.GetAsync<RatingDistribution[]>(evaluations, $"/api/regions/{region}/ratings", ct);
        var latest = (await ratings).Value?.OrderBy(r => SortKey(r.Period)).LastOrDefault();
        var ranking = latest is null
            ? new ServiceAnswer<RankedUnit[]>([], null)
            : await ServiceCalls.GetAsync<RankedUnit[]>(evaluations, $"/api/regions/{region}/ranking?period={latest.Period}", ct);
        return new RegionDashboard(region, today.Year, period, await agreements, await missing, await ratings, latest, ranking, await revisions);
    }

    /// <summary>Evaluations names periods 2026-TW1, 2026-M07, 2026-S1 and 2026 (the year, after its parts).</summary>
    public static (int Year, int Month) SortKey(string period)
    {
        var year = int.TryParse(period.AsSpan(0, Math.Min(4, period.Length)), out var y) ? y : 0;
        var rest = period.Length > 5 ? period[5..] : "";
        int Number(int skip) => int.TryParse(rest.AsSpan(skip), out var n) ? n : 0;
        var month = rest switch
        {
            "" => 13,
            _ when rest.StartsWith("TW", StringComparison.Ordinal) => Number(2) * 3,
            _ when rest.StartsWith('Q') => Number(1) * 3,
            _ when rest.StartsWith('S') => Number(1) * 6,
            _ when rest.StartsWith('M') => Number(1),
            _ => 0,
        };
        return (year, month);
    }
}
