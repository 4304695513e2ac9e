using Kinerja.Evaluations.Configuring;
using Kinerja.Evaluations.Http;

namespace Kinerja.Evaluations.Evaluating;

using EventStore = Kinerja.EventStore.EventStore;

/// <summary>On-demand evaluation of one agreement or of a whole region, for a period or the year's final result.</summary>
internal static class EvaluateEndpoints
{
    public static void MapEvaluating(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/agreements/{agreementId}/evaluations", EvaluateAgreement).WithName("EvaluateAgreement")
            .WithSummary("Evaluates an agreement up to a period now (If-Match: the agreement's evaluations ETag). 201 with a new evaluation, 200 with the standing one when nothing changed.");
        app.MapPost("/api/regions/{regionCode}/evaluations", EvaluateRegion).WithName("EvaluateRegion")
            .WithSummary("Evaluates every agreement of a region up to a period (and the final result when the period ends the year).");
    }

    private static async Task<IResult> EvaluateAgreement(string agreementId, EvaluateRequest body, HttpContext http, EventStore store,
        TimeProvider time, CancellationToken ct)
    {
        if (!EvaluationPeriods.TryParse(body.Period, out var period))
        {
            return Answers.Invalid("period", "Give a period such as 2026-TW2, 2026-M07, 2026-S1 or 2026.");
        }
        if (!Answers.TryIfMatch(http, out var expected))
        {
            return Answers.Invalid("If-Match", "Send the ETag of GET /api/agreements/{agreementId}/evaluations, e.g. \"7\".");
        }
        var work = await AgreementWork.LoadAsync(store, agreementId, ct);
        if (work.File.Terms is not { } terms)
        {
            return Answers.NotFound($"No signed agreement {agreementId} is known to Evaluations.");
        }
        if (!Caller.From(http.User).MayAct(terms.RegionCode, KinerjaRoles.Operator, KinerjaRoles.Admin))
        {
            return Answers.Forbidden($"Only an operator or admin of region {terms.RegionCode} may evaluate its agreements.");
        }
        if (period.Year != terms.FiscalYear)
        {
            return Answers.Invalid("period", $"The agreement covers {terms.FiscalYear}.");
        }
        if (work.File.Withdrawn)
        {
            return Answers.Invalid("agreementId", "The agreement was withdrawn and is no longer evaluated.");
        }
        var version = work.Version;
        if (expected is { } stated && stated != version)
        {
            return Answers.Stale(version);
        }
        var configuration = await Configuration.LoadAsync(store, ct);
        var made = work.Evaluate(period, configuration, time.GetUtcNow(), "OnDemand", $"OnDemand: re-evaluated by {Caller.From(http.User).Name}");
        if (made is null)
        {
            var standing = work.File.Standing[EvaluationPeriods.Format(period)];
            http.Response.Headers.ETag = Answers.ETag(version);
            return TypedResults.Ok(EvaluationView.Of(work.File, standing, withExplanation: true));
        }
        try
        {
            await using var session = store.OpenSession(new EventMetadata(terms.RegionCode, Caller.From(http.User).Subject, "on demand"));
            work.WriteTo(session);
            await session.SaveChangesAsync(ct);
            http.Response.Headers.ETag = Answers.ETag(session.Appended[^1].Version);
        }
        catch (ConcurrencyException conflict)
        {
            return Answers.Stale(conflict.Actual);
        }
        return TypedResults.Created($"/api/agreements/{agreementId}/evaluations/{made.Result.Period}", EvaluationView.Of(work.File, made, withExplanation: true));
    }

    private static async Task<IResult> EvaluateRegion(string regionCode, EvaluateRequest body, HttpContext http, EventStore store,
        RegionEvaluation evaluation, CancellationToken ct)
    {
        if (!RegionCodes.IsValid(regionCode))
        {
            return Answers.Invalid("regionCode", "A region code looks like 64 or 64.02.");
        }
        if (!EvaluationPeriods.TryParse(body.Period, out var period))
        {
            return Answers.Invalid("period", "Give a period such as 2026-TW2, 2026-M07, 2026-S1 or 2026.");
        }
        var caller = Caller.From(http.User);
        if (!caller.MayAct(regionCode, KinerjaRoles.Operator, KinerjaRoles.Admin))
        {
            return Answers.Forbidden($"Only an operator or admin of region {regionCode} may evaluate its agreements.");
        }
        try
        {
            var works = await evaluation.EvaluateAsync(regionCode, period, new EventMetadata(regionCode, caller.Subject, "on demand"), "OnDemand", ct);
            return TypedResults.Ok(works.Select(w => new
            {
                agreementId = w.AgreementId,
                evaluations = w.Made.Select(m => m.Result).ToList(),
                unchanged = w.Made.Count == 0,
            }).ToList());
        }
        catch (ConcurrencyException conflict)
        {
            return Answers.Stale(conflict.Actual);
        }
    }
}
