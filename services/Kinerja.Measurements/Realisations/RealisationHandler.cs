using Kinerja.EventStore;
using Kinerja.Measurements.ClosingPeriod;
using Kinerja.Measurements.Http;
using Kinerja.Measurements.Storage;

namespace Kinerja.Measurements.Realisations;

/// <summary>Where a realisation is in a route: the agreement (Agreements' id or its GUID), the indicator (code or id), the period.</summary>
internal sealed record RealisationAddress(string AgreementId, string IndicatorId, string Period);

/// <summary>
/// Runs one realisation command: finds the plan and the realisation, checks If-Match, lets the command decide against
/// the plan and the region's closed periods, and appends what it decided with its integration events.
/// </summary>
internal sealed class RealisationHandler(ReadModels reads, MeasurementWriter writer)
{
    public async Task<IResult> HandleAsync(RealisationAddress address, HttpContext http, string? reason,
        Func<RealisationKey, Realisation, MeasurementContext, Decision> decide, CancellationToken cancellationToken)
    {
        var (plan, key, problem) = await LocateAsync(address, http, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        if (!Versions.TryReadIfMatch(http.Request, out var ifMatch))
        {
            return Refusals.Invalid("If-Match", "If-Match must be a version this service issued as an ETag, e.g. \"3\".");
        }
        var loaded = await writer.RealisationAsync(key, cancellationToken);
        var version = loaded?.Version ?? 0;
        if (ifMatch is { } expected && expected != version)
        {
            return Refusals.Stale(version);
        }
        var state = loaded?.State ?? Realisation.NotReported(key);
        var (periods, _) = await writer.PeriodsAsync(plan!.Region, cancellationToken);
        var caller = Caller.From(http.User);
        var decision = decide(key, state, new MeasurementContext(plan, periods, caller));
        if (!decision.IsAccepted)
        {
            return Refusals.ToResult(decision);
        }
        try
        {
            version = await writer.AppendAsync(key.StreamId, version, decision.Events, plan, plan.Region, caller, reason, cancellationToken);
        }
        catch (ConcurrencyException conflict)
        {
            return Refusals.Stale(conflict.Actual);
        }
        catch (PeriodClosedMeanwhile closed)
        {
            return Refusals.ClosedMeanwhile(closed);
        }
        var after = decision.Events.Cast<IRealisationEvent>().Aggregate(state, (s, e) => s.Evolve(e));
        http.Response.Headers.ETag = Versions.ETag(version);
        return TypedResults.Ok(RealisationView.Of(after, version, plan));
    }

    public async Task<IResult> GetAsync(RealisationAddress address, HttpContext http, CancellationToken cancellationToken)
    {
        var (plan, key, problem) = await LocateAsync(address, http, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        var loaded = await writer.RealisationAsync(key, cancellationToken);
        var version = loaded?.Version ?? 0;
        http.Response.Headers.ETag = Versions.ETag(version);
        return TypedResults.Ok(RealisationView.Of(loaded?.State ?? Realisation.NotReported(key), version, plan!));
    }

    private async Task<(MeasurementPlan? Plan, RealisationKey Key, IResult? Problem)> LocateAsync(
        RealisationAddress address, HttpContext http, CancellationToken cancellationToken)
    {
        if (!Period.TryParse(address.Period, out var period))
        {
            return (null, default, Refusals.Invalid("period", "A period such as 2025-Q2, 2025-M03, 2025-S1 or 2025."));
        }
        var plan = await reads.PlanAsync(UpstreamIds.Agreement(address.AgreementId), cancellationToken);
        if (plan is null)
        {
            return (null, default, Refusals.NotFound("agreementId", $"Measurements knows no agreement {address.AgreementId}."));
        }
        if (!Caller.From(http.User).MayRead(plan.Region.Value))
        {
            return (null, default, Refusals.Forbidden("agreementId", $"Your token does not cover region {plan.Region}."));
        }
        if (plan.Indicator(address.IndicatorId) is not { } indicator)
        {
            return (null, default, Refusals.NotFound("indicatorId", $"The agreement has no indicator {address.IndicatorId}."));
        }
        return (plan, new RealisationKey(plan.AgreementId, indicator.Id, period), null);
    }
}
