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

    /// <summary>The receiver (by the NIP in their token) or an operator or admin of the decision's region.</summary>
    public static readonly DecisionCommand.Authorisation MayFile = new(
        (caller, proposal) => caller.MayRead(proposal.Region)
            && (caller.Nip == proposal.ReceiverNip || caller.MayAct(proposal.Region, KinerjaRoles.Operator, KinerjaRoles.Admin)),
        proposal => $"Only the receiver of the decision or an operator or admin of region {proposal.Region} may object to it.");

    /// <summary>A verifier or admin of the region who is not the receiver: nobody decides their own objection.</summary>
    public static readonly DecisionCommand.Authorisation MayDecide = new(
        (caller, proposal) => caller.MayAct(proposal.Region, ApprovingEndpoints.Officials) && caller.Nip != proposal.ReceiverNip,
        proposal => $"Only a verifier or admin of region {proposal.Region} other than the receiver may decide an objection.");

    public static void MapAppealing(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/decisions/{id:guid}/appeal", (Guid id, FileAppealRequest request, HttpContext http, Kinerja.EventStore.EventStore store) =>
        {
            if (string.IsNullOrWhiteSpace(request.Reason))
            {
                return Task.FromResult<IResult>(new ValidationErrors().Add("reason", "State the grounds of the objection.").ToProblem());
            }
            // The receiver files with their own token (their NIP, whatever their role); an operator or admin of the region may
            // file on their behalf. Nobody else: a verifier or reviewer is not a party to the decision.
            return DecisionCommand.RunAsync(id, http, store, MayFile, request.Reason,
                (decision, caller, session, stream, version) =>
                {
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
            return DecisionCommand.RunAsync(id, http, store, MayDecide, request.Reason!, (decision, caller, session, stream, version) =>
            {
                if (decision.Appeal != AppealStatus.Pending)
                {
                    return DecisionCommand.WrongState(decision, "only a pending objection can be decided");
                }
                if (decision.AppealFiledBy == caller.Subject)
                {
                    return TypedResults.Problem(statusCode: 403, title: "Not allowed",
                        detail: "An objection is decided by another official than the one who filed it.");
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
