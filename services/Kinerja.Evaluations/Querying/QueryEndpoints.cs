using Kinerja.Evaluations.Evaluating;
using Kinerja.Evaluations.Http;

namespace Kinerja.Evaluations.Querying;

using EventStore = Kinerja.EventStore.EventStore;

/// <summary>Reading evaluations: an agreement's (with the explanation), distributions of ratings, rankings of units, trends.</summary>
internal static class QueryEndpoints
{
    public static void MapQueries(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/agreements/{agreementId}/evaluations", History).WithName("GetAgreementEvaluations")
            .WithSummary("Every evaluation of an agreement, standing and superseded, linked; the ETag is the agreement's version here.");
        app.MapGet("/api/agreements/{agreementId}/evaluations/{period}", Standing).WithName("GetAgreementEvaluation")
            .WithSummary("The standing evaluation of an agreement for a period (2026-TW2, 2026) with the engine's full explanation.");
        app.MapGet("/api/regions/{regionCode}/ratings", (string regionCode, string? period, HttpContext http, StandingEvaluations store, CancellationToken ct) =>
                Distribution(regionCode, period, http, store, ct))
            .WithName("GetRegionRatingDistribution").WithSummary("How many agreements of a region got each rating, per period (or one period).");
        app.MapGet("/api/ratings", (string? period, HttpContext http, StandingEvaluations store, CancellationToken ct) =>
                Distribution(null, period, http, store, ct))
            .WithName("GetNationalRatingDistribution").WithSummary("The nation's distribution of ratings per period; needs a token covering every region.");
        app.MapGet("/api/regions/{regionCode}/ranking", Ranking).WithName("GetUnitRanking")
            .WithSummary("The region's units ranked by the achievement of their heads' agreements for a period.");
        app.MapGet("/api/regions/{regionCode}/trend", Trend).WithName("GetAchievementTrend")
            .WithSummary("Achievement across periods and years: of one unit (unitId) or the mean over the region's unit heads.");
    }

    private static async Task<IResult> History(string agreementId, HttpContext http, EventStore store, CancellationToken ct)
    {
        var (file, version) = await AgreementFile.LoadAsync(store, agreementId, ct);
        if (file.Terms is null)
        {
            return Answers.NotFound($"No signed agreement {agreementId} is known to Evaluations.");
        }
        if (!Caller.From(http.User).MayRead(file.Terms.RegionCode))
        {
            return Answers.Forbidden($"Your token does not cover region {file.Terms.RegionCode}.");
        }
        http.Response.Headers.ETag = Answers.ETag(version);
        return TypedResults.Ok(new
        {
            agreementId,
            agreementVersion = file.Terms.Version,
            file.Terms.RegionCode,
            file.Terms.FiscalYear,
            file.Withdrawn,
            // The verified realisations that count now, so an auditor sees the inputs next to the results.
            realisations = file.Realisations.OrderBy(r => r.Period, StringComparer.Ordinal).ToList(),
            evaluations = file.History.Select(m => EvaluationView.Of(file, m, withExplanation: false)).ToList(),
        });
    }

    private static async Task<IResult> Standing(string agreementId, string period, HttpContext http, EventStore store, CancellationToken ct)
    {
        if (!EvaluationPeriods.TryParse(period, out var parsed))
        {
            return Answers.Invalid("period", "Give a period such as 2026-TW2, 2026-M07, 2026-S1 or 2026.");
        }
        var (file, version) = await AgreementFile.LoadAsync(store, agreementId, ct);
        if (file.Terms is null)
        {
            return Answers.NotFound($"No signed agreement {agreementId} is known to Evaluations.");
        }
        if (!Caller.From(http.User).MayRead(file.Terms.RegionCode))
        {
            return Answers.Forbidden($"Your token does not cover region {file.Terms.RegionCode}.");
        }
        if (!file.Standing.TryGetValue(EvaluationPeriods.Format(parsed), out var made))
        {
            return Answers.NotFound($"Agreement {agreementId} has no evaluation for {EvaluationPeriods.Format(parsed)} yet.");
        }
        http.Response.Headers.ETag = Answers.ETag(version);
        return TypedResults.Ok(EvaluationView.Of(file, made, withExplanation: true));
    }

    private static async Task<IResult> Distribution(string? regionCode, string? period, HttpContext http, StandingEvaluations store, CancellationToken ct)
    {
        if (Refused(regionCode, period, http) is { } refused)
        {
            return refused;
        }
        var evaluations = await store.LoadAsync(regionCode, ct);
        var wanted = period is null ? null : EvaluationPeriods.Normalise(period);
        return TypedResults.Ok(evaluations
            .Where(e => wanted is null || e.Period == wanted)
            .GroupBy(e => e.Period)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new
            {
                period = g.Key,
                agreements = g.Count(),
                notRated = g.Count(e => e.Rating is null),
                ratings = g.Where(e => e.Rating is not null)
                    .GroupBy(e => (e.Rating!.Label, e.Rating.LabelEnglish))
                    .OrderByDescending(r => r.Max(e => e.Score))
                    .Select(r => new { label = r.Key.Label, labelEnglish = r.Key.LabelEnglish, count = r.Count() })
                    .ToList(),
            })
            .ToList());
    }

    private static async Task<IResult> Ranking(string regionCode, string? period, HttpContext http, StandingEvaluations store, CancellationToken ct)
    {
        if (Refused(regionCode, period, http) is { } refused)
        {
            return refused;
        }
        if (period is null)
        {
            return Answers.Invalid("period", "Give the period to rank, e.g. 2026-TW2 or 2026.");
        }
        var wanted = EvaluationPeriods.Normalise(period);
        var ranked = (await store.LoadAsync(regionCode, ct))
            .Where(e => e.Period == wanted && e.IsUnitHeadResult && e.Achievement is not null)
            .OrderByDescending(e => e.Achievement)
            .Select((e, index) => new
            {
                rank = index + 1,
                e.Receiver.UnitId,
                e.Receiver.UnitName,
                head = e.Receiver.Name,
                e.AgreementId,
                e.Achievement,
                e.Score,
                rating = e.Rating?.Label,
            })
            .ToList();
        return TypedResults.Ok(ranked);
    }

    private static async Task<IResult> Trend(string regionCode, string? unitId, HttpContext http, StandingEvaluations store, CancellationToken ct)
    {
        if (Refused(regionCode, null, http) is { } refused)
        {
            return refused;
        }
        var trend = (await store.LoadAsync(regionCode, ct))
            .Where(e => e.IsUnitHeadResult && e.Achievement is not null && (unitId is null || e.Receiver.UnitId == unitId))
            .GroupBy(e => (e.FiscalYear, e.Period))
            .OrderBy(g => g.Key.FiscalYear).ThenBy(g => g.Key.Period, StringComparer.Ordinal)
            .Select(g => new
            {
                year = g.Key.FiscalYear,
                period = g.Key.Period,
                units = g.Count(),
                achievement = Math.Round(g.Average(e => e.Achievement!.Value), 2, MidpointRounding.AwayFromZero),
            })
            .ToList();
        return TypedResults.Ok(trend);
    }

    private static IResult? Refused(string? regionCode, string? period, HttpContext http)
    {
        if (regionCode is not null && !RegionCodes.IsValid(regionCode))
        {
            return Answers.Invalid("regionCode", "A region code looks like 64 or 64.02.");
        }
        if (period is not null && !EvaluationPeriods.TryParse(period, out _))
        {
            return Answers.Invalid("period", "Give a period such as 2026-TW2, 2026-M07, 2026-S1 or 2026.");
        }
        var caller = Caller.From(http.User);
        return regionCode is null
            ? caller.CoversRegion(KinerjaClaims.AllRegions) ? null : Answers.Forbidden("National figures need a token covering every region.")
            : caller.MayRead(regionCode) ? null : Answers.Forbidden($"Your token does not cover region {regionCode}.");
    }
}
