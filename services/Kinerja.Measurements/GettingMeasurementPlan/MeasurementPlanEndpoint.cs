using Kinerja.Measurements.Http;
using Kinerja.Measurements.Storage;

namespace Kinerja.Measurements.GettingMeasurementPlan;

/// <summary>A period's target and the agreement version that set it.</summary>
internal sealed record PlannedTargetView(string Period, string Label, string Target, int Version);

/// <summary>An indicator to be measured.</summary>
internal sealed record PlannedIndicatorView(string Id, string Code, string Name, string UnitOfMeasure, string ValueKind, string Polarity,
    string Frequency, string ResponsibleNip, IReadOnlyList<PlannedTargetView> Targets);

/// <summary>This service's view of an agreement: what must be measured, when, by whom, against which targets.</summary>
internal sealed record MeasurementPlanView(string AgreementId, string? AgreementKey, int Version, string Region, string UnitId, int Year,
    string ReceiverName, string ReceiverNip, string? GiverNip, string Status, DateOnly? ClosedOn, IReadOnlyList<PlannedIndicatorView> Indicators)
{
    public static MeasurementPlanView Of(MeasurementPlan plan) => new(plan.AgreementId.ToString(), plan.SourceId, plan.Version, plan.Region.Value,
        plan.UnitId, plan.Year, plan.Receiver.Name, plan.Receiver.Nip, plan.GiverNip, plan.Status.ToString(), plan.ClosedOn,
        plan.Indicators.Select(i => new PlannedIndicatorView(i.Id.ToString(), i.Code, i.Name, i.UnitOfMeasure, i.ValueKind.ToString(),
            i.Polarity.ToString(), i.Frequency.ToString(), i.ResponsibleNip,
            i.Targets.Values.OrderBy(t => t.Period).Select(t => new PlannedTargetView(t.Period.ToString(), t.Period.Label, t.Target.ToString()!, t.Version)).ToArray()))
            .ToArray());
}

internal static class MeasurementPlanEndpoint
{
    public static void MapMeasurementPlan(this RouteGroupBuilder api) => api.MapGet("/agreements/{agreementId}",
        async (string agreementId, HttpContext http, ReadModels reads, CancellationToken cancellationToken) =>
        {
            var plan = await reads.PlanAsync(UpstreamIds.Agreement(agreementId), cancellationToken);
            if (plan is null)
            {
                return Refusals.NotFound("agreementId", $"Measurements knows no agreement {agreementId}.");
            }
            return Caller.From(http.User).MayRead(plan.Region.Value)
                ? TypedResults.Ok(MeasurementPlanView.Of(plan))
                : Refusals.Forbidden("agreementId", $"Your token does not cover region {plan.Region}.");
        })
        .WithName("GetMeasurementPlan")
        .WithSummary("What must be measured for an agreement (by the Agreements service's id or its GUID): indicators, frequencies, persons responsible, targets.")
        .Produces<MeasurementPlanView>()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound);
}
