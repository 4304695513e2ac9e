using Kinerja.Agreements.Http;
using Kinerja.Agreements.Persistence;

namespace Kinerja.Agreements.Withdrawing;

internal sealed record WithdrawAgreementRequest(string? Reason);

internal static class WithdrawAgreementEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/agreements/{id}/withdraw", (string id, WithdrawAgreementRequest body, HttpContext http, AgreementStreams streams) =>
            Api.CommandAsync(http, streams, id, "withdraw", Api.IsOperatorOf,
                (state, actor) => Task.FromResult(WithdrawAgreement.Decide(state, new WithdrawAgreement(state!.Id, body.Reason ?? ""), streams.Clock, actor)),
                reason: body.Reason))
        .WithName("WithdrawAgreement").WithTags("Workflow").WithSummary("Withdraws an agreement that should never have been, with a reason.");
}
