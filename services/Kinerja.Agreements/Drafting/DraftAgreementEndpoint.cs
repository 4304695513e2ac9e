using Kinerja.Agreements.Http;
using Kinerja.Agreements.Persistence;
using Kinerja.ServiceDefaults.Auth;

namespace Kinerja.Agreements.Drafting;

/// <summary>Items without ids get the next free number (SS-n, IK-n, PG-n, KG-n); ids given are kept.</summary>
internal sealed record DraftAgreementRequest(string? Region, int? Year, string? ReceiverPositionId, string? GiverPositionId, AgreementContent? Content);

internal static class DraftAgreementEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/agreements", async (DraftAgreementRequest body, HttpContext http, AgreementStreams streams) =>
        {
            var errors = new ValidationErrors();
            RegionCode.TryParse(body.Region, out var region, out var regionError);
            errors.Require(regionError is null, "region", regionError ?? "");
            var year = default(FiscalYear);
            if (body.Year is null)
            {
                errors.Add("year", "The fiscal year is required.");
            }
            else if (!FiscalYear.TryCreate(body.Year.Value, out year, out var yearError))
            {
                errors.Add("year", yearError);
            }
            errors.Require(!string.IsNullOrWhiteSpace(body.ReceiverPositionId), "receiverPositionId", "The receiver's position is required.");
            if (errors.Any)
            {
                return errors.ToProblem();
            }
            var caller = Caller.From(http.User);
            if (!caller.MayAct(region.Value, KinerjaRoles.Operator, KinerjaRoles.Admin))
            {
                return Api.Forbidden($"Your role or region does not allow you to draft agreements in {region}.");
            }
            var (registry, _) = await streams.LoadRegistryAsync(region, http.RequestAborted);
            var receiver = PositionId.From(body.ReceiverPositionId!);
            if (registry.Positions.TryGetValue(receiver, out var position) && position.Unit is { } unit && !caller.CoversUnit(unit.Value))
            {
                return Api.Forbidden($"Your token does not cover unit {unit}.");
            }
            var command = new DraftAgreement(AgreementId.New(streams.Clock), year, receiver,
                string.IsNullOrWhiteSpace(body.GiverPositionId) ? null : PositionId.From(body.GiverPositionId), body.Content ?? new AgreementContent([], []));
            var outcome = await streams.HandleAsync(command.AgreementId, null, Api.ActorOf(caller), null,
                state => Task.FromResult(DraftAgreement.Decide(state, command, registry, streams.Clock, Api.ActorOf(caller))), http.RequestAborted);
            return Api.Answer(http, outcome, () => TypedResults.Created($"/api/agreements/{command.AgreementId}",
                new CommandAccepted(command.AgreementId.Value, outcome.Version, outcome.Decision.Warnings)));
        }).WithName("DraftAgreement").WithTags("Agreements")
          .WithSummary("Drafts an agreement for a receiver's position and fiscal year: objectives, indicators, targets, programs and budget; the giver defaults from the reporting line.");
}
