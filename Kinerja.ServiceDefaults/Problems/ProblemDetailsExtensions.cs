using System.Text.Json;
using Kinerja.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kinerja.ServiceDefaults.Problems;

/// <summary>
/// Every error leaves a service as RFC 9457 problem details: with the trace id, with field-level
/// messages for bad input, and never with a stack trace or a secret.
/// </summary>
public static class ProblemDetailsExtensions
{
    public static IHostApplicationBuilder AddKinerjaProblemDetails(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            if (TelemetryExtensions.CurrentTraceId is { } traceId)
            {
                context.ProblemDetails.Extensions["traceId"] = traceId;
            }
        });
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Malformed bodies throw instead of answering an empty 400, so the handler can name the field.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return builder;
    }
}

/// <summary>A request body that cannot be read as the endpoint's input becomes a 400 naming the JSON path.</summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }
        var field = "body";
        var message = "The request could not be read.";
        if (badRequest.InnerException is JsonException json)
        {
            field = string.IsNullOrEmpty(json.Path) ? "body" : json.Path.TrimStart('$', '.');
            // System.Text.Json's own messages name types and line numbers; a value converter's (a NIP, a region code)
            // is written for people and is passed on as it is.
            message = json.Message is { Length: > 0 } own && !own.Contains("Path: $", StringComparison.Ordinal) && !own.Contains("LineNumber", StringComparison.Ordinal)
                ? own
                : "The value is not of the expected type or the JSON is malformed.";
        }
        else if (badRequest.Message.Contains("Required parameter", StringComparison.Ordinal) ||
                 badRequest.Message.Contains("Failed to bind parameter", StringComparison.Ordinal))
        {
            message = badRequest.Message;
        }
        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
            {
                Status = badRequest.StatusCode,
                Title = "The request is not valid.",
            },
        });
    }
}

/// <summary>Collects field-level messages and answers them as one validation problem.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }
        messages.Add(message);
        return this;
    }

    public ValidationErrors Require(bool condition, string field, string message) => condition ? this : Add(field, message);

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public ValidationProblem ToProblem() => TypedResults.ValidationProblem(ToDictionary(), title: "The request is not valid.");
}
