using System.Globalization;
using Kinerja.Agreements.Organisation;
using Kinerja.Agreements.Persistence;
using Kinerja.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinerja.Agreements.Http;

/// <summary>What every endpoint shares: who calls, the version they hold (If-Match), and how outcomes become HTTP answers.</summary>
internal static class Api
{
    public static Actor ActorOf(Caller caller) => new(caller.Subject, caller.Name);

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: detail);

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    public static IResult Invalid(string field, string message) => new ValidationErrors().Add(field, message).ToProblem();

    /// <summary>The version the caller edits: <c>If-Match: "7"</c> (quotes and <c>W/</c> optional). Null when absent.</summary>
    public static bool TryReadIfMatch(HttpRequest request, out long? version)
    {
        version = null;
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return true;
        }
        var text = header.Trim();
        if (text.StartsWith("W/", StringComparison.Ordinal))
        {
            text = text[2..];
        }
        text = text.Trim('"');
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0)
        {
            version = parsed;
            return true;
        }
        return false;
    }

    public static void SetETag(HttpContext http, long version) => http.Response.Headers.ETag = $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static bool TryRegion(string text, out RegionCode region, out IResult? problem)
    {
        problem = null;
        if (RegionCode.TryParse(text, out region, out var error))
        {
            return true;
        }
        problem = Invalid("region", error);
        return false;
    }

    /// <summary>400 for invalid input, 409 for a refused state or a stale version (with the current one), else <paramref name="accepted"/>.</summary>
    public static IResult Answer<TEvent>(HttpContext http, Outcome<TEvent> outcome, Func<IResult> accepted)
    {
        var decision = outcome.Decision;
        if (decision.Verdict == Verdict.Invalid)
        {
            return TypedResults.ValidationProblem(decision.Errors.ToDictionary(), title: "The request is not valid.");
        }
        if (decision.Verdict == Verdict.Conflict)
        {
            SetETag(http, outcome.Version);
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: outcome.IsStale ? "The version you edited is not the current one." : "The command does not fit the current state.",
                detail: string.Join(" ", decision.Errors.SelectMany(e => e.Value)),
                extensions: new Dictionary<string, object?> { ["errors"] = decision.Errors, ["currentVersion"] = outcome.Version });
        }
        SetETag(http, outcome.Version);
        return accepted();
    }

    /// <summary>Loads the agreement for an authorisation check: 404 when unknown, 403 when <paramref name="allowed"/> says no.</summary>
    public static async Task<(Agreement? State, long Version, IResult? Problem)> AuthoriseAsync(
        AgreementStreams streams, string id, Caller caller, Func<Agreement, bool> allowed, string action, CancellationToken cancellationToken)
    {
        var (state, version) = await streams.LoadAgreementAsync(AgreementId.From(id), cancellationToken: cancellationToken);
        if (state is null)
        {
            return (null, 0, NotFound($"Agreement {id} does not exist."));
        }
        if (!caller.MayRead(state.Region.Value))
        {
            return (null, 0, Forbidden($"Your token does not cover region {state.Region}."));
        }
        return allowed(state) ? (state, version, null) : (state, version, Forbidden($"Your role or region does not allow you to {action} this agreement."));
    }

    /// <summary>
    /// The common shape of a command on one agreement: authorise on the stored state, then decide and append
    /// against exactly that version (or the caller's If-Match), answering with the new ETag.
    /// </summary>
    public static async Task<IResult> CommandAsync(HttpContext http, AgreementStreams streams, string id, string action,
        Func<Caller, Agreement, bool> allowed, Func<Agreement?, Actor, Task<Decision<IAgreementEvent>>> decide, string? reason = null)
    {
        if (!TryReadIfMatch(http.Request, out var ifMatch))
        {
            return Invalid("If-Match", "If-Match is the agreement's version as its ETag gave it, e.g. \"3\".");
        }
        var caller = Caller.From(http.User);
        var (state, version, problem) = await AuthoriseAsync(streams, id, caller, a => allowed(caller, a), action, http.RequestAborted);
        if (problem is not null)
        {
            return problem;
        }
        var actor = ActorOf(caller);
        var outcome = await streams.HandleAsync(state!.Id, ifMatch ?? version, actor, reason, s => decide(s, actor), http.RequestAborted);
        return Answer(http, outcome, () => TypedResults.Ok(new CommandAccepted(state.Id.Value, outcome.Version, outcome.Decision.Warnings)));
    }

    /// <summary>Operators of the agreement's region (and unit, when their token is scoped to units).</summary>
    public static bool IsOperatorOf(Caller caller, Agreement agreement) =>
        caller.MayAct(agreement.Region.Value, KinerjaRoles.Operator, KinerjaRoles.Admin) && (agreement.Unit is null || caller.CoversUnit(agreement.Unit.Value.Value));

    /// <summary>
    /// Verifiers of the region; a verifier who is an official (NIP in the token) only for agreements where they
    /// are the giver.
    /// </summary>
    public static bool IsVerifierOf(Caller caller, Agreement agreement) =>
        caller.MayAct(agreement.Region.Value, KinerjaRoles.Verifier, KinerjaRoles.Admin)
        && (caller.Nip is null || caller.IsIn(KinerjaRoles.Admin) || agreement.Giver?.Nip?.Value == caller.Nip);

    /// <summary>An official (NIP in the token) who is the receiver or the giver of the agreement, in a region their token covers.</summary>
    public static bool IsPartyTo(Caller caller, Agreement agreement) =>
        caller.Nip is not null && caller.CoversRegion(agreement.Region.Value)
        && (agreement.Receiver.Nip?.Value == caller.Nip || agreement.Giver?.Nip?.Value == caller.Nip);

    public static bool MayActOnRegistry(Caller caller, RegionCode region) => caller.MayAct(region.Value, KinerjaRoles.Operator, KinerjaRoles.Admin);

    public static IResult? CheckRegistry(Caller caller, RegionCode region) =>
        MayActOnRegistry(caller, region) ? null : Forbidden($"Your role or region does not allow you to change the organisation of {region}.");

    public static IResult AnswerOrganisation(HttpContext http, Outcome<IOrganisationEvent> outcome) =>
        Answer(http, outcome, () => TypedResults.Ok(new RegistryChanged(outcome.Version, outcome.Decision.Events.Count)));
}

/// <summary>A command was accepted: the agreement's new version (also the ETag) and any warnings that did not block it.</summary>
internal sealed record CommandAccepted(string AgreementId, long Version, IReadOnlyList<string> Warnings);

/// <summary>A registry command was accepted; <c>Events</c> is 0 when it changed nothing (already so).</summary>
internal sealed record RegistryChanged(long Version, int Events);
