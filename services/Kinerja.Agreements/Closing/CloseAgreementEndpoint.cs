using Kinerja.Agreements.Http;
using Kinerja.Agreements.Persistence;

namespace Kinerja.Agreements.Closing;

internal sealed record CloseAgreementRequest(DateOnly? ClosedOn);

internal static class CloseAgreementEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/agreements/{id}/close", (string id, CloseAgreementRequest body, HttpContext http, AgreementStreams streams) =>
            body.ClosedOn is not { } closedOn
                ? Task.FromResult(Api.Invalid("closedOn", "The closing date is required."))
                : Api.CommandAsync(http, streams, id, "close", Api.IsOperatorOf,
                    (state, actor) => Task.FromResult(CloseAgreement.Decide(state, new CloseAgreement(state!.Id, closedOn), streams.Clock, actor)),
                    reason: "year end"))
        .WithName("CloseAgreement").WithTags("Workflow").WithSummary("Closes an agreement in force at (or after) the end of its year.");
}
