using Kinerja.Agreements.Http;
using Kinerja.Agreements.Persistence;
using Kinerja.ServiceDefaults.Auth;

namespace Kinerja.Agreements.Organisation.RecordingBudgetApproval;

internal sealed record RecordBudgetApprovalRequest(DateOnly? ApprovedOn);

internal static class RecordBudgetApprovalEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut("/api/regions/{region}/budget-approvals/{year:int}", async (string region, int year, RecordBudgetApprovalRequest body, HttpContext http, AgreementStreams streams) =>
        {
            if (!Api.TryRegion(region, out var code, out var problem))
            {
                return problem!;
            }
            if (!FiscalYear.TryCreate(year, out var fiscalYear, out var yearError))
            {
                return Api.Invalid("year", yearError);
            }
            var caller = Caller.From(http.User);
            if (Api.CheckRegistry(caller, code) is { } forbidden)
            {
                return forbidden;
            }
            if (body.ApprovedOn is not { } approvedOn)
            {
                return Api.Invalid("approvedOn", "The date the DPA was approved is required.");
            }
            var command = new RecordBudgetApproval(fiscalYear, approvedOn);
            var outcome = await streams.HandleOrganisationAsync(code, Api.ActorOf(caller), state => RecordBudgetApproval.Decide(state, command, streams.Clock, Api.ActorOf(caller)), http.RequestAborted);
            return Api.AnswerOrganisation(http, outcome);
        }).WithName("RecordBudgetApproval").WithTags("Organisation").WithSummary("Records the region's budget (DPA) approval date for a year; agreements signed more than a month later are flagged late.");
}
