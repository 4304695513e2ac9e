using Kinerja.Agreements.Http;
using Kinerja.Agreements.Persistence;
using Kinerja.Agreements.ReadModels;

namespace Kinerja.Agreements.Signing;

/// <summary><c>Signer</c> is the signing official's id (the NIP for civil servants); <c>Place</c> e.g. "Tenggarong".</summary>
internal sealed record SignAgreementRequest(SigningParty? Party, string? Signer, string? Place);

internal static class SignAgreementEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/agreements/{id}/signatures", (string id, SignAgreementRequest body, HttpContext http, AgreementStreams streams, AgreementQueries queries) =>
        {
            if (body.Party is not { } party)
            {
                return Task.FromResult(Api.Invalid("party", "The signing party is required: Receiver or Giver."));
            }
            // Operators record signatures made on paper; an official signing in person (a party, or the giver as verifier)
            // may sign only as themselves.
            return Api.CommandAsync(http, streams, id, "sign",
                (caller, a) => (Api.IsOperatorOf(caller, a) || Api.IsVerifierOf(caller, a) || Api.IsPartyTo(caller, a))
                               && (caller.Nip is null || caller.Nip == body.Signer),
                async (state, actor) =>
                {
                    var (registry, _) = await streams.LoadRegistryAsync(state!.Region, http.RequestAborted);
                    var context = new SignAgreement.Context(registry.BudgetApprovalDates.TryGetValue(state.Year, out var approved) ? approved : null,
                        await queries.InForceAsync(state.Region, state.Receiver.Position, state.Year, http.RequestAborted), registry);
                    return SignAgreement.Decide(state, new SignAgreement(state.Id, party, OfficialId.From(body.Signer ?? ""), body.Place ?? ""), context, streams.Clock, actor);
                });
        })
        .WithName("SignAgreement").WithTags("Workflow")
        .WithSummary("Records one party's signature (who, when, where, SHA-256 of the exact content); the last signature brings the agreement into force. Late signing is allowed and flagged.");
}
