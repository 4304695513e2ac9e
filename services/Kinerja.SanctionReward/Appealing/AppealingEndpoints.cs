using Kinerja.Contracts.SanctionReward;
using Kinerja.SanctionReward.Approving;
using Kinerja.SanctionReward.Decisions;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Problems;

namespace Kinerja.SanctionReward.Appealing;

/// <summary>The receiver objects to an approved decision (keberatan); an authorised official upholds or overturns it.</summary>
internal static class AppealingEndpoints
{
    public sealed record FileAppealRequest(string? Reason);

    public sealed record DecideAppealRequest(bool? Upheld, string? Reason);

    public static void MapAppealing(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/decisions/{id:guid}/appeal", (Guid id, FileAppealRequest request, HttpContext http, Kinerja.EventStore.EventStore store) =>
        {
            if (string.IsNullOrWhiteSpace(request.Reason))
            {
                return Task.FromResult<IResult>(new ValidationErrors().Add("reason", "State the grounds of the objection.").ToProblem());
            }
            // The receiver files with their own token; an operator of the region may file on their behalf.
            return DecisionCommand.RunAsync(id, http, store, [KinerjaRoles.Operator, KinerjaRoles.Verifier, KinerjaRoles.Reviewer, KinerjaRoles.Admin], request.Reason,
                (decision, caller, session, stream, version) =>
                {
                    if (caller.Nip is { } nip && nip != decision.Proposal!.ReceiverNip && !caller.IsInAny(KinerjaRoles.Operator, KinerjaRoles.Admin))
                    {
                        return TypedResults.Problem(statusCode: 403, title: "Not allowed", detail: "Only the receiver or an operator may object to this decision.");
                    }
                    if (decision.Status != DecisionStatus.Approved || decision.Appeal != AppealStatus.None)
                    {
                        return DecisionCommand.WrongState(decision, "an objection can be filed once, against an approved decision");
                    }
                    session.Append(stream, version, new AppealFiled(caller.Subject, request.Reason));
                    return null;
                });
        }).WithSummary("File the receiver's objection to an approved decision.");

        app.MapPost("/api/decisions/{id:guid}/appeal/decision", (Guid id, DecideAppealRequest request, HttpContext http, Kinerja.EventStore.EventStore store, TimeProvider time) =>
        {
            var errors = new ValidationErrors()
                .Require(request.Upheld is not null, "upheld", "Say whether the decision stands (true) or is overturned (false).")
                .Require(!string.IsNullOrWhiteSpace(request.Reason), "reason", "Give the reasons for the outcome.");
            if (errors.Any)
            {
                return Task.FromResult<IResult>(errors.ToProblem());
            }
            return DecisionCommand.RunAsync(id, http, store, ApprovingEndpoints.Officials, request.Reason!, (decision, caller, session, stream, version) =>
            {
                if (decision.Appeal != AppealStatus.Pending)
                {
                    return DecisionCommand.WrongState(decision, "only a pending objection can be decided");
                }
                var proposal = decision.Proposal!;
                session.Append(stream, version, new AppealResolved(caller.Subject, request.Upheld!.Value, request.Reason!));
                session.Enqueue(new AppealDecided(proposal.DecisionId.ToString(), proposal.Region, proposal.ReceiverNip, request.Upheld.Value,
                    request.Reason!, decision.AppealReason!, caller.Subject, time.GetUtcNow()), stream);
                return null;
            });
        }).WithSummary("Decide the objection: uphold the decision or overturn it; the outcome is published.");
    }
}
