using Microsoft.AspNetCore.Http.HttpResults;

namespace Kinerja.Measurements.Http;

/// <summary>Turns a refused decision into RFC 9457 problem details: 400 with the fields, 403, 404 or 409.</summary>
internal static class Refusals
{
    public static IResult ToResult(Decision decision) => ToResult(decision.Refusal!.Value, decision.Errors);

    public static IResult ToResult(Refusal refusal, IReadOnlyDictionary<string, string[]> errors) => refusal switch
    {
        Refusal.Invalid => TypedResults.ValidationProblem(errors, title: "The request is not valid."),
        Refusal.Forbidden => Problem(StatusCodes.Status403Forbidden, "Not allowed.", errors),
        Refusal.NotFound => Problem(StatusCodes.Status404NotFound, "Not found.", errors),
        _ => Problem(StatusCodes.Status409Conflict, "Conflict with the current state.", errors),
    };

    public static IResult Invalid(string field, string message) => ToResult(Refusal.Invalid, Single(field, message));

    public static IResult Forbidden(string field, string message) => ToResult(Refusal.Forbidden, Single(field, message));

    public static IResult NotFound(string field, string message) => ToResult(Refusal.NotFound, Single(field, message));

    /// <summary>409 for a stale version, naming the version the caller should have sent.</summary>
    public static IResult Stale(long currentVersion) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The realisation changed since you read it.",
        detail: $"The current version is {currentVersion}; read it again and retry.",
        extensions: new Dictionary<string, object?> { ["currentVersion"] = currentVersion });

    /// <summary>409 naming the period: it was closed while the entry was being written, so nothing was stored.</summary>
    public static IResult ClosedMeanwhile(ClosingPeriod.PeriodClosedMeanwhile closed) =>
        ToResult(Refusal.Conflict, Single("period", $"{closed.Closed.Label} was closed meanwhile; it must be reopened with a reason first."));

    private static Dictionary<string, string[]> Single(string field, string message) => new() { [field] = [message] };

    private static ProblemHttpResult Problem(int status, string title, IReadOnlyDictionary<string, string[]> errors) => TypedResults.Problem(
        statusCode: status,
        title: title,
        detail: string.Join(" ", errors.SelectMany(e => e.Value)),
        extensions: new Dictionary<string, object?> { ["errors"] = errors });
}
