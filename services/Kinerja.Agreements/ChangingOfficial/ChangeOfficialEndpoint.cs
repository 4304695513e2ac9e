using Kinerja.Agreements.Http;
using Kinerja.Agreements.Persistence;
using Kinerja.Agreements.ProposingRevision;
using Kinerja.ServiceDefaults.Auth;

namespace Kinerja.Agreements.ChangingOfficial;

internal sealed record ChangeOfficialRequest(string? Newcomer, bool Acting, DateOnly? HandoverDate, LegalBasisRequest? LegalBasis);

/// <summary>The newcomer's agreement carrying the remaining targets, as a draft.</summary>
internal sealed record OfficialChangeAccepted(string AgreementId, long Version, string SuccessorId, long SuccessorVersion);

internal static class ChangeOfficialEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/agreements/{id}/change-official", async (string id, ChangeOfficialRequest body, HttpContext http, AgreementStreams streams) =>
        {
            var errors = new ValidationErrors()
                .Require(!string.IsNullOrWhiteSpace(body.Newcomer), "newcomer", "The newcomer's official id (NIP) is required.")
                .Require(body.HandoverDate is not null, "handoverDate", "The handover date is required.")
                .Require(body.LegalBasis?.DecreeDate is not null, "legalBasis.decreeDate", "The decree date of the appointment is required.");
            if (errors.Any)
            {
                return errors.ToProblem();
            }
            if (!Api.TryReadIfMatch(http.Request, out var ifMatch))
            {
                return Api.Invalid("If-Match", "If-Match is the agreement's version as its ETag gave it, e.g. \"3\".");
            }
            var caller = Caller.From(http.User);
            var (state, version, problem) = await Api.AuthoriseAsync(streams, id, caller, a => Api.IsOperatorOf(caller, a), "hand over", http.RequestAborted);
            if (problem is not null)
            {
                return problem;
            }
            if (ifMatch is { } wanted && wanted != version)
            {
                return Api.Answer(http, new Outcome<IAgreementEvent>(Decision.Conflict<IAgreementEvent>("If-Match", $"The agreement is at version {version}, not {wanted}."), version, version), () => Results.Empty);
            }
            var actor = Api.ActorOf(caller);
            var (registry, _) = await streams.LoadRegistryAsync(state!.Region, http.RequestAborted);
            var basis = new LegalBasis(body.LegalBasis!.DecreeNumber ?? "", body.LegalBasis.DecreeDate!.Value);
            var command = new ChangeOfficial(state.Id, AgreementId.New(streams.Clock), OfficialId.From(body.Newcomer!), body.Acting, body.HandoverDate!.Value, basis);
            var decision = ChangeOfficial.Decide(state, command, registry, streams.Clock, actor);
            if (!decision.IsAccepted)
            {
                return Api.Answer(http, new Outcome<IAgreementEvent>(decision, version), () => Results.Empty);
            }
            try
            {
                var versions = await streams.AppendAsync(state.Region, actor, $"{RevisionReason.ChangeOfOfficial}; {basis.DecreeNumber} ({basis.DecreeDate:yyyy-MM-dd})",
                    [(state.Id, state, version)], decision.Events, http.RequestAborted);
                Api.SetETag(http, versions[state.Id]);
                return TypedResults.Ok(new OfficialChangeAccepted(state.Id.Value, versions[state.Id], command.Successor.Value, versions[command.Successor]));
            }
            catch (EventStore.ConcurrencyException e)
            {
                return Api.Answer(http, new Outcome<IAgreementEvent>(Decision.Conflict<IAgreementEvent>("If-Match", "The agreement moved on meanwhile: reload it."), e.Actual, e.Actual), () => Results.Empty);
            }
        })
        .WithName("ChangeOfficial").WithTags("Revisions")
        .WithSummary("Hands the receiver's position to a newcomer: the predecessor's agreement closes at the handover date and the newcomer's draft carries the remaining targets.");
}
