using Kinerja.EventStore;
using Kinerja.Contracts.SanctionReward;
using Kinerja.SanctionReward.Deciding;
using Kinerja.SanctionReward.Decisions;
using Kinerja.SanctionReward.Policies;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Problems;

namespace Kinerja.SanctionReward.Approving;

/// <summary>An authorised official approves, amends (with a reason) or rejects a proposal; only approval publishes.</summary>
internal static class ApprovingEndpoints
{
    public static readonly string[] Officials = [KinerjaRoles.Verifier, KinerjaRoles.Admin];

    public sealed record ApproveRequest(string? LegalNote);

    public sealed record AmendRequest(string? Reason, decimal? AllowancePercent, int? DeadlineMonths);

    public sealed record RejectRequest(string? Reason);

    public static void MapApproving(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/decisions/{id:guid}/approve", (Guid id, HttpContext http, Kinerja.EventStore.EventStore store, TimeProvider time) =>
            DecisionCommand.RunAsync(id, http, store, Officials, "approved", (decision, caller, session, stream, version) =>
            {
                if (decision.Status != DecisionStatus.Proposed)
                {
                    return DecisionCommand.WrongState(decision, "only a proposal can be approved");
                }
                Approve(decision, caller, session, stream, version, time);
                return null;
            }))
            .WithSummary("Approve a proposed decision as proposed; it is published to HR systems.");

        app.MapPost("/api/decisions/{id:guid}/amend", (Guid id, AmendRequest request, HttpContext http, Kinerja.EventStore.EventStore store, TimeProvider time) =>
        {
            var errors = new ValidationErrors()
                .Require(!string.IsNullOrWhiteSpace(request.Reason), "reason", "Say why the proposal is amended.")
                .Require(request.AllowancePercent is null or (>= -100 and <= 100 and not 0), "allowancePercent", "An allowance adjustment is between −100 and +100 percent and not zero.")
                .Require(request.DeadlineMonths is null or (>= 1 and <= 24), "deadlineMonths", "A deadline is 1 to 24 months.");
            if (errors.Any)
            {
                return Task.FromResult<IResult>(errors.ToProblem());
            }
            return DecisionCommand.RunAsync(id, http, store, Officials, request.Reason!, (decision, caller, session, stream, version) =>
            {
                if (decision.Status != DecisionStatus.Proposed)
                {
                    return DecisionCommand.WrongState(decision, "only a proposal can be amended");
                }
                var substance = decision.Substance! with
                {
                    AllowancePercent = request.AllowancePercent ?? decision.Substance!.AllowancePercent,
                    DeadlineMonths = request.DeadlineMonths ?? decision.Substance!.DeadlineMonths,
                };
                if (request.AllowancePercent is not null && substance.Kind != DecisionKind.AllowanceAdjustment)
                {
                    return new ValidationErrors().Add("allowancePercent", $"This decision is a {substance.Kind}, not an allowance adjustment.").ToProblem();
                }
                var (from, until) = Effective(substance, time);
                session.Append(stream, version, new DecisionAmended(caller.Subject, request.Reason!, substance, from, until));
                session.Enqueue(Published(decision, substance, from, until, request.Reason, caller, time), stream);
                return null;
            });
        }).WithSummary("Approve a proposed decision with changes and a reason; it is published to HR systems.");

        app.MapPost("/api/decisions/{id:guid}/reject", (Guid id, RejectRequest request, HttpContext http, Kinerja.EventStore.EventStore store) =>
        {
            if (string.IsNullOrWhiteSpace(request.Reason))
            {
                return Task.FromResult<IResult>(new ValidationErrors().Add("reason", "Say why the proposal is rejected.").ToProblem());
            }
            return DecisionCommand.RunAsync(id, http, store, Officials, request.Reason, (decision, caller, session, stream, version) =>
            {
                if (decision.Status != DecisionStatus.Proposed)
                {
                    return DecisionCommand.WrongState(decision, "only a proposal can be rejected");
                }
                session.Append(stream, version, new DecisionRejected(caller.Subject, request.Reason));
                return null;
            });
        }).WithSummary("Reject a proposed decision with a reason; nothing is published.");
    }

    /// <summary>Approves a proposal as proposed and publishes it (the endpoint, and the demo's verifier).</summary>
    public static void Approve(DecisionState decision, Caller caller, EventSession session, string stream, long version, TimeProvider time)
    {
        var (from, until) = Effective(decision.Substance!, time);
        session.Append(stream, version, new DecisionApprovedByOfficial(caller.Subject, from, until));
        session.Enqueue(Published(decision, decision.Substance!, from, until, null, caller, time), stream);
    }

    /// <summary>A decision applies from the first day of the next month; an improvement plan runs until its deadline.</summary>
    private static (DateOnly From, DateOnly? Until) Effective(Decision substance, TimeProvider time)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        return (from, substance.DeadlineMonths is { } months ? from.AddMonths(months).AddDays(-1) : null);
    }

    private static DecisionApproved Published(DecisionState decision, Decision substance, DateOnly from, DateOnly? until, string? amendment, Caller caller, TimeProvider time)
    {
        var proposal = decision.Proposal!;
        return new DecisionApproved(proposal.DecisionId.ToString(), proposal.Region, proposal.ReceiverNip, proposal.ReceiverName, proposal.UnitId,
            proposal.Period, substance.Kind.ToString(), substance.AllowancePercent, substance.AllowanceTerm?.ToString(), substance.DeadlineMonths,
            substance.Recommendation?.ToString(), from, until, proposal.LegalBasis, proposal.EvaluationId, proposal.PolicyId, proposal.PolicyVersion,
            proposal.RuleId, amendment, caller.Subject, time.GetUtcNow());
    }
}
