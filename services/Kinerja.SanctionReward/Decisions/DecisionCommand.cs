using Kinerja.EventStore;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinerja.SanctionReward.Decisions;

/// <summary>
/// What every command on a decision does: load it, check the caller may act on its region, let the slice decide,
/// and append with the version the caller saw (<c>If-Match</c>) or the one loaded — 409 with the current version
/// when it moved meanwhile.
/// </summary>
internal static class DecisionCommand
{
    public delegate IResult? Decide(DecisionState decision, Caller caller, EventSession session, string streamId, long version);

    public static Task<IResult> RunAsync(Guid id, HttpContext http, Kinerja.EventStore.EventStore store, string[] roles, string reason, Decide decide) =>
        RunAsync(id, http, store, new Authorisation((caller, proposal) => caller.MayAct(proposal.Region, roles),
            proposal => $"Only {string.Join(" or ", roles)} of region {proposal.Region} may do this."), reason, decide);

    /// <summary>Who may run a command on a decision, and the words that tell everyone else why not.</summary>
    public sealed record Authorisation(Func<Caller, DecisionProposed, bool> May, Func<DecisionProposed, string> Refusal);

    public static async Task<IResult> RunAsync(Guid id, HttpContext http, Kinerja.EventStore.EventStore store, Authorisation authorisation, string reason, Decide decide)
    {
        var loaded = await store.AggregateStreamAsync(DecisionState.StreamId(id), DecisionState.Initial, DecisionState.Apply,
            cancellationToken: http.RequestAborted);
        if (loaded?.State.Proposal is not { } proposal)
        {
            return TypedResults.Problem(statusCode: 404, title: "Decision not found", detail: $"There is no decision {id}.");
        }
        var caller = Caller.From(http.User);
        if (!caller.MayRead(proposal.Region))
        {
            return TypedResults.Problem(statusCode: 404, title: "Decision not found", detail: $"There is no decision {id}.");
        }
        if (!authorisation.May(caller, proposal))
        {
            return TypedResults.Problem(statusCode: 403, title: "Not allowed", detail: authorisation.Refusal(proposal));
        }
        var version = loaded.Version;
        if (http.Request.Headers.IfMatch.FirstOrDefault() is { } ifMatch)
        {
            if (!long.TryParse(ifMatch.Trim('"'), out var expected))
            {
                return new ValidationErrors().Add("If-Match", "Give the decision's version (its ETag), e.g. \"2\".").ToProblem();
            }
            if (expected != version)
            {
                return Conflict(version);
            }
        }
        await using var session = store.OpenSession(new EventMetadata(proposal.Region, caller.Subject, reason));
        if (decide(loaded.State, caller, session, DecisionState.StreamId(id), version) is { } refusal)
        {
            return refusal;
        }
        try
        {
            await session.SaveChangesAsync(http.RequestAborted);
        }
        catch (ConcurrencyException e)
        {
            return Conflict(e.Actual);
        }
        http.Response.Headers.ETag = $"\"{version + 1}\"";
        return TypedResults.NoContent();
    }

    public static ProblemHttpResult Conflict(long current) => TypedResults.Problem(statusCode: 409, title: "The decision changed meanwhile",
        detail: $"Reload it: its current version is {current}.", extensions: new Dictionary<string, object?> { ["currentVersion"] = current });

    public static ProblemHttpResult WrongState(DecisionState decision, string wanted) => TypedResults.Problem(statusCode: 409,
        title: "Not possible in this state", detail: $"The decision is {decision.Status}{(decision.Appeal == AppealStatus.None ? "" : $", appeal {decision.Appeal}")}; {wanted}.");
}
