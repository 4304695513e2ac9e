using Kinerja.Agreements.Http;
using Kinerja.Agreements.Persistence;
using Kinerja.ServiceDefaults.Auth;

namespace Kinerja.Agreements.Organisation.RegisteringOfficial;

/// <summary>A civil servant gives the NIP (the id is then the NIP); an elected head of region gives an <c>OfficialId</c> instead.</summary>
internal sealed record RegisterOfficialRequest(string? Nip, string? OfficialId, string? Name, string? Rank);

internal static class RegisterOfficialEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/regions/{region}/officials", async (string region, RegisterOfficialRequest body, HttpContext http, AgreementStreams streams) =>
        {
            if (!Api.TryRegion(region, out var code, out var problem))
            {
                return problem!;
            }
            var caller = Caller.From(http.User);
            if (Api.CheckRegistry(caller, code) is { } forbidden)
            {
                return forbidden;
            }
            Nip? nip = null;
            if (!string.IsNullOrWhiteSpace(body.Nip))
            {
                if (!Values.Nip.TryParse(body.Nip, out var parsed, out var error))
                {
                    return Api.Invalid("nip", error);
                }
                nip = parsed;
            }
            else if (string.IsNullOrWhiteSpace(body.OfficialId))
            {
                return Api.Invalid("nip", "The NIP is required (or an officialId for an elected head of region).");
            }
            var command = new RegisterOfficial(nip is { } n ? Values.OfficialId.Of(n) : Values.OfficialId.From(body.OfficialId!), nip, body.Name ?? "", body.Rank);
            var outcome = await streams.HandleOrganisationAsync(code, Api.ActorOf(caller), state => RegisterOfficial.Decide(state, command, streams.Clock, Api.ActorOf(caller)), http.RequestAborted);
            return Api.AnswerOrganisation(http, outcome);
        }).WithName("RegisterOfficial").WithTags("Organisation").WithSummary("Registers an official: NIP (18 digits, checked), name and rank.");
}
