using Kinerja.Agreements.Http;
using Kinerja.Agreements.Persistence;

namespace Kinerja.Agreements.ProposingRevision;

internal sealed record LegalBasisRequest(string? DecreeNumber, DateOnly? DecreeDate);

internal sealed record ProposeRevisionRequest(RevisionReason? Reason, LegalBasisRequest? LegalBasis, AgreementContent? Content, string? Note);

internal static class ProposeRevisionEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/agreements/{id}/revisions", (string id, ProposeRevisionRequest body, HttpContext http, AgreementStreams streams) =>
        {
            var errors = new ValidationErrors()
                .Require(body.Reason is not null, "reason", "The reason must be one of: " + string.Join(", ", Enum.GetNames<RevisionReason>()) + ".")
                .Require(body.LegalBasis?.DecreeDate is not null, "legalBasis.decreeDate", "The decree date is required.")
                .Require(body.Content is not null, "content", "The revised content is required.");
            if (errors.Any)
            {
                return Task.FromResult<IResult>(errors.ToProblem());
            }
            var basis = new LegalBasis(body.LegalBasis!.DecreeNumber ?? "", body.LegalBasis.DecreeDate!.Value);
            return Api.CommandAsync(http, streams, id, "revise", Api.IsOperatorOf,
                (state, actor) => Task.FromResult(ProposeRevision.Decide(state, new ProposeRevision(state!.Id, body.Reason!.Value, basis, body.Content!, body.Note), streams.Clock, actor)),
                reason: $"{body.Reason}; {basis.DecreeNumber} ({basis.DecreeDate:yyyy-MM-dd})");
        })
        .WithName("ProposeRevision").WithTags("Revisions")
        .WithSummary("Proposes a revision of an agreement in force: legal reason, decree (number and date) and the revised content. Refused when it changes the target of a period with a verified realisation.");
}
