using Kinerja.Evaluations.Evaluating;
using Kinerja.Evaluations.Http;

namespace Kinerja.Evaluations.Querying;

/// <summary>
/// Lists for the front end: a region's standing evaluations (one row per agreement and period) and, for the ministry,
/// every region's rating distribution of its latest evaluated period of a year, side by side.
/// </summary>
internal static class OverviewEndpoints
{
    public static void MapOverviews(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/regions/{regionCode}/evaluations", RegionEvaluations).WithName("GetRegionEvaluations")
            .WithSummary("The region's standing evaluations: agreement, unit, receiver, period, achievement, score and rating (optionally of one period).");
        app.MapGet("/api/ratings/regions", RegionsSideBySide).WithName("GetRatingsByRegion")
            .WithSummary("Every region's rating distribution for its latest evaluated period of a year; needs a token covering every region.");
    }

    private static async Task<IResult> RegionEvaluations(string regionCode, string? period, HttpContext http, StandingEvaluations standing, CancellationToken ct)
    {
        if (!RegionCodes.IsValid(regionCode))
        {
            return Answers.Invalid("regionCode", "A region code looks like 64 or 64.02.");
        }
        if (period is not null && !EvaluationPeriods.TryParse(period, out _))
        {
            return Answers.Invalid("period", "Give a period such as 2026-TW2, 2026-M07, 2026-S1 or 2026.");
        }
        if (!Caller.From(http.User).MayRead(regionCode))
        {
            return Answers.Forbidden($"Your token does not cover region {regionCode}.");
        }
        var wanted = period is null ? null : EvaluationPeriods.Normalise(period);
        var rows = (await standing.LoadAsync(regionCode, ct))
            .Where(e => wanted is null || e.Period == wanted)
            .OrderByDescending(e => e.Period, StringComparer.Ordinal)
            .ThenBy(e => e.Receiver.UnitName, StringComparer.Ordinal)
            .ThenBy(e => e.Receiver.Name, StringComparer.Ordinal)
            .Select(e => new
            {
                e.AgreementId,
                e.EvaluationId,
                e.FiscalYear,
                e.Period,
                e.Receiver.UnitId,
                e.Receiver.UnitName,
                receiver = e.Receiver.Name,
                e.Receiver.PositionTitle,
                e.IsUnitHeadResult,
                e.Achievement,
                e.Score,
                rating = e.Rating?.Label,
                ratingEnglish = e.Rating?.LabelEnglish,
                e.IndicatorsNotReported,
            })
            .ToList();
        return TypedResults.Ok(rows);
    }

    private static async Task<IResult> RegionsSideBySide(int? year, HttpContext http, StandingEvaluations standing, CancellationToken ct)
    {
        if (year is < 2000 or > 2100)
        {
            return Answers.Invalid("year", "Give a fiscal year such as 2026.");
        }
        if (!Caller.From(http.User).CoversRegion(KinerjaClaims.AllRegions))
        {
            return Answers.Forbidden("National figures need a token covering every region.");
        }
        var regions = (await standing.LatestPeriodRatingsAsync(year, ct))
            .GroupBy(e => e.RegionCode, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(region =>
            {
                var scored = region.Where(e => e.Achievement is not null).ToList();
                return new
                {
                    regionCode = region.Key,
                    period = region.First().Period,
                    agreements = region.Count(),
                    notRated = region.Count(e => e.Label is null),
                    meanAchievement = scored.Count == 0 ? (decimal?)null : Math.Round(scored.Average(e => e.Achievement!.Value), 2, MidpointRounding.AwayFromZero),
                    ratings = region.Where(e => e.Label is not null)
                        .GroupBy(e => (e.Label, e.LabelEnglish))
                        .OrderByDescending(r => r.Max(e => e.Score))
                        .Select(r => new { label = r.Key.Label, labelEnglish = r.Key.LabelEnglish, count = r.Count() })
                        .ToList(),
                };
            })
            .ToList();
        return TypedResults.Ok(regions);
    }
}
