using Kinerja.Evaluations.Http;

namespace Kinerja.Evaluations.Configuring;

using EventStore = Kinerja.EventStore.EventStore;

/// <summary>Rating scales and calculation rules: the ministry sets national defaults, a region's operator or admin its override.</summary>
internal static class ConfigurationEndpoints
{
    public static void MapConfiguration(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/scales", ListScales).WithName("ListRatingScales")
            .WithSummary("Every version of the rating scales: the national defaults and, with regionCode, that region's overrides.");
        app.MapPut("/api/scales/national", (ScaleRequest body, HttpContext http, EventStore store, CancellationToken ct) =>
                DefineScale(null, body, http, store, ct))
            .WithName("SetNationalScale").WithSummary("The ministry sets a new version of a national default scale (If-Match: the scales' ETag).");
        app.MapPut("/api/regions/{regionCode}/scales", (string regionCode, ScaleRequest body, HttpContext http, EventStore store, CancellationToken ct) =>
                DefineScale(regionCode, body, http, store, ct))
            .WithName("SetRegionScale").WithSummary("A region's operator or admin overrides a scale for the region from a date (If-Match: the scales' ETag).");
        app.MapGet("/api/rules", ListRules).WithName("ListCalculationRules")
            .WithSummary("Every version of the calculation rules: national and, with regionCode, that region's.");
        app.MapPut("/api/rules/national", (RulesRequest body, HttpContext http, EventStore store, CancellationToken ct) =>
                DefineRules(null, body, http, store, ct))
            .WithName("SetNationalRules").WithSummary("The ministry sets a new version of the national calculation rules.");
        app.MapPut("/api/regions/{regionCode}/rules", (string regionCode, RulesRequest body, HttpContext http, EventStore store, CancellationToken ct) =>
                DefineRules(regionCode, body, http, store, ct))
            .WithName("SetRegionRules").WithSummary("A region's operator or admin overrides the calculation rules for the region.");
    }

    private static async Task<IResult> ListScales(string? regionCode, HttpContext http, EventStore store, CancellationToken ct)
    {
        if (regionCode is not null && !RegionCodes.IsValid(regionCode))
        {
            return Answers.Invalid("regionCode", "A region code looks like 64 or 64.02.");
        }
        if (regionCode is not null && !Caller.From(http.User).MayRead(regionCode))
        {
            return Answers.Forbidden($"Your token does not cover region {regionCode}.");
        }
        var configuration = await Configuration.LoadAsync(store, ct);
        http.Response.Headers.ETag = Answers.ETag(configuration.ScalesVersion);
        return TypedResults.Ok(configuration.Scales.Where(s => s.RegionCode is null || s.RegionCode == regionCode).ToList());
    }

    private static async Task<IResult> ListRules(string? regionCode, HttpContext http, EventStore store, CancellationToken ct)
    {
        if (regionCode is not null && !RegionCodes.IsValid(regionCode))
        {
            return Answers.Invalid("regionCode", "A region code looks like 64 or 64.02.");
        }
        if (regionCode is not null && !Caller.From(http.User).MayRead(regionCode))
        {
            return Answers.Forbidden($"Your token does not cover region {regionCode}.");
        }
        var configuration = await Configuration.LoadAsync(store, ct);
        http.Response.Headers.ETag = Answers.ETag(configuration.RulesVersion);
        return TypedResults.Ok(configuration.Rules.Where(r => r.RegionCode is null || r.RegionCode == regionCode).ToList());
    }

    private static async Task<IResult> DefineScale(string? regionCode, ScaleRequest body, HttpContext http, EventStore store, CancellationToken ct)
    {
        if (Refused(regionCode, http) is { } refused)
        {
            return refused;
        }
        if (!Answers.TryIfMatch(http, out var expected))
        {
            return Answers.Invalid("If-Match", "Send the ETag of GET /api/scales, e.g. \"3\".");
        }
        var configuration = await Configuration.LoadAsync(store, ct);
        var scale = new RatingScale
        {
            Id = body.Id ?? "",
            Purpose = body.Purpose ?? "",
            RegionCode = regionCode,
            Version = configuration.NextScaleVersion(body.Id ?? "", regionCode),
            EffectiveFrom = body.EffectiveFrom ?? default,
            Name = body.Name ?? "",
            Bands = body.Bands ?? [],
        };
        var errors = scale.Validate();
        errors.Require(body.EffectiveFrom is not null, "effectiveFrom", "Say from which day the scale applies (yyyy-MM-dd).");
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var caller = Caller.From(http.User);
        return await SaveAsync(store, Configuration.ScalesStream, expected ?? configuration.ScalesVersion, regionCode, caller,
            new RatingScaleDefined(scale, caller.Name), scale, ct);
    }

    private static async Task<IResult> DefineRules(string? regionCode, RulesRequest body, HttpContext http, EventStore store, CancellationToken ct)
    {
        if (Refused(regionCode, http) is { } refused)
        {
            return refused;
        }
        if (!Answers.TryIfMatch(http, out var expected))
        {
            return Answers.Invalid("If-Match", "Send the ETag of GET /api/rules, e.g. \"3\".");
        }
        var configuration = await Configuration.LoadAsync(store, ct);
        var rules = new CalculationRules
        {
            RegionCode = regionCode,
            Version = configuration.NextRulesVersion(regionCode),
            EffectiveFrom = body.EffectiveFrom ?? default,
            NegativeFormula = body.NegativeFormula ?? NegativeFormula.TwiceTargetMinusRealisation,
            ZeroTarget = body.ZeroTarget ?? ZeroTargetRule.Default,
            Cap = body.Cap,
            Weighted = body.Weighted,
        };
        var errors = rules.Validate();
        errors.Require(body.EffectiveFrom is not null, "effectiveFrom", "Say from which day the rules apply (yyyy-MM-dd).");
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var caller = Caller.From(http.User);
        return await SaveAsync(store, Configuration.RulesStream, expected ?? configuration.RulesVersion, regionCode, caller,
            new CalculationRulesDefined(rules, caller.Name), rules, ct);
    }

    private static IResult? Refused(string? regionCode, HttpContext http)
    {
        var caller = Caller.From(http.User);
        if (regionCode is null)
        {
            return caller.IsIn(KinerjaRoles.Ministry) ? null : Answers.Forbidden("Only the ministry sets national defaults.");
        }
        if (!RegionCodes.IsValid(regionCode))
        {
            return Answers.Invalid("regionCode", "A region code looks like 64 or 64.02.");
        }
        return caller.MayAct(regionCode, KinerjaRoles.Operator, KinerjaRoles.Admin)
            ? null
            : Answers.Forbidden($"Only an operator or admin of region {regionCode} may override its configuration.");
    }

    private static async Task<IResult> SaveAsync(EventStore store, string streamId, long expected, string? regionCode, Caller caller,
        object defined, object created, CancellationToken ct)
    {
        try
        {
            await using var session = store.OpenSession(new EventMetadata(regionCode ?? Configuration.NationalTenant, caller.Subject));
            session.Append(streamId, expected, defined);
            await session.SaveChangesAsync(ct);
            return TypedResults.Ok(new { version = session.Appended[^1].Version, defined = created });
        }
        catch (ConcurrencyException conflict)
        {
            return Answers.Stale(conflict.Actual);
        }
    }
}
