using Kinerja.Agreements.Http;
using Kinerja.Agreements.Persistence;
using Kinerja.Agreements.ReadModels;

namespace Kinerja.Agreements.CopyingIndicators;

/// <summary><c>From</c> is optional: without it, last year's agreement of the same position is looked up.</summary>
internal sealed record CopyIndicatorsRequest(string? From);

internal static class CopyIndicatorsEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/agreements/{id}/copy-indicators", (string id, CopyIndicatorsRequest body, HttpContext http, AgreementStreams streams, AgreementQueries queries) =>
            Api.CommandAsync(http, streams, id, "edit", Api.IsOperatorOf, async (state, actor) =>
            {
                var source = string.IsNullOrWhiteSpace(body.From)
                    ? (await queries.IdsAsync(state!.Region, state.Year.Previous, state.Receiver.Position, http.RequestAborted)).LastOrDefault()
                    : AgreementId.From(body.From);
                if (string.IsNullOrEmpty(source.Value))
                {
                    return Decision.Invalid<IAgreementEvent>("from", $"No agreement of {state!.Year.Previous} for position {state.Receiver.Position} was found.");
                }
                var (lastYear, _) = await streams.LoadAgreementAsync(source, cancellationToken: http.RequestAborted);
                return CopyIndicatorsFromLastYear.Decide(state, new CopyIndicatorsFromLastYear(state!.Id, source), lastYear, streams.Clock, actor);
            }))
        .WithName("CopyIndicatorsFromLastYear").WithTags("Agreements").WithSummary("Copies objectives and indicators (with last year's targets to edit) from last year's agreement of the same position.");
}
