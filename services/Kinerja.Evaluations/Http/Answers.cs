using System.Globalization;

namespace Kinerja.Evaluations.Http;

/// <summary>The problem answers every endpoint of this service gives, worded once.</summary>
internal static class Answers
{
    public static IResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: what);

    public static IResult Forbidden(string why) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: why);

    public static IResult Stale(long current) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The resource has changed",
        detail: string.Create(CultureInfo.InvariantCulture, $"Someone changed it first; it is now at version {current}: read it again."),
        extensions: new Dictionary<string, object?> { ["currentVersion"] = current });

    public static IResult Invalid(string field, string message) => new ValidationErrors().Add(field, message).ToProblem();

    public static string ETag(long version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    /// <summary>Reads <c>If-Match: "n"</c>; null when absent. False when present but not a version this service issued.</summary>
    public static bool TryIfMatch(HttpContext http, out long? expected)
    {
        expected = null;
        var header = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrEmpty(header))
        {
            return true;
        }
        if (long.TryParse(header.Trim().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            expected = version;
            return true;
        }
        return false;
    }
}
