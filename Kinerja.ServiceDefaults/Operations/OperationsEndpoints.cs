using Kinerja.EventStore.Operations;
using Kinerja.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using Store = Kinerja.EventStore.EventStore;

namespace Kinerja.ServiceDefaults.Operations
{

/// <summary>What <c>GET /ops/status</c> answers: the service's store and broker figures, each null with a reason when unreachable.</summary>
public sealed record OperationsStatus(string Service, DateTimeOffset CheckedAt, StoreStatus? Store, string? StoreUnavailable,
    IReadOnlyList<QueueCount>? Queues, string? BrokerUnavailable);

/// <summary>The hash-chain verification of the whole store.</summary>
public sealed record StoreVerification(bool Intact, long StreamsChecked, long EventsChecked, Kinerja.EventStore.BrokenLink? FirstBrokenLink);
}

namespace Kinerja.ServiceDefaults
{
using Kinerja.ServiceDefaults.Operations;

/// <summary>
/// <c>/ops/*</c>: the operator's view of a service (ADR 0020) — outbox backlog, projection lag, inbox size, error
/// queues (inspect and re-drive) and hash-chain verification. Admin role only.
/// </summary>
public static class OperationsEndpoints
{
    public static WebApplication MapOperationsEndpoints(this WebApplication app)
    {
        var ops = app.MapGroup("/ops").RequireAuthorization(policy => policy.RequireRole(KinerjaRoles.Admin)).WithTags("Operations");
        var service = app.Environment.ApplicationName;

        ops.MapGet("/status", async (HttpContext http) =>
        {
            var store = http.RequestServices.GetService<Store>();
            var queues = http.RequestServices.GetService<ServiceQueues>();
            var broker = http.RequestServices.GetRequiredService<BrokerQueues>();
            StoreStatus? storeStatus = null;
            string? storeProblem = store is null ? "this service keeps no event store" : null;
            if (store is not null)
            {
                try
                {
                    storeStatus = await store.GetStatusAsync(http.RequestAborted);
                }
                catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
                {
                    storeProblem = $"the database did not answer: {e.Message}";
                }
            }
            IReadOnlyList<QueueCount>? counts = null;
            string? brokerProblem = queues is null ? "this service consumes no queue" : null;
            if (queues is not null)
            {
                try
                {
                    counts = await broker.CountAsync(queues.Names, http.RequestAborted);
                }
                catch (Exception e) when (e is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
                {
                    brokerProblem = $"the message broker did not answer: {e.GetBaseException().Message}";
                }
            }
            return TypedResults.Ok(new OperationsStatus(service, DateTimeOffset.UtcNow, storeStatus, storeProblem, counts, brokerProblem));
        }).WithName("OpsGetStatus").WithSummary("Outbox backlog, projection lag, inbox size and error-queue counts of this service.");

        ops.MapGet("/error-queues/{queue}/messages", async Task<IResult> (string queue, int? limit, HttpContext http) =>
        {
            if (ErrorQueueOrigin(http, queue) is null)
            {
                return UnknownQueue(queue);
            }
            if (limit is < 1 or > 1000)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["limit must be between 1 and 1000."] });
            }
            var messages = await http.RequestServices.GetRequiredService<BrokerQueues>().PeekAsync(queue, limit ?? 50, http.RequestAborted);
            return TypedResults.Ok(messages ?? []);
        }).WithName("OpsInspectErrorQueue").WithSummary("Messages waiting in one of this service's error queues, left in place.");

        ops.MapPost("/error-queues/{queue}/redrive", async Task<IResult> (string queue, string? messageId, HttpContext http) =>
        {
            if (ErrorQueueOrigin(http, queue) is not { } origin)
            {
                return UnknownQueue(queue);
            }
            var moved = await http.RequestServices.GetRequiredService<BrokerQueues>().RedriveAsync(queue, origin, messageId, http.RequestAborted);
            return TypedResults.Ok(moved ?? new RedriveResult(queue, origin, 0, 0));
        }).WithName("OpsRedriveErrorQueue").WithSummary("Moves messages of an error queue (all, or ?messageId=) back to the queue they failed in.");

        ops.MapGet("/verification", async Task<IResult> (HttpContext http) =>
        {
            if (http.RequestServices.GetService<Store>() is not { } store)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No event store",
                    detail: "This service keeps no event store, so there is no hash chain to verify.");
            }
            var result = await store.VerifyAsync(cancellationToken: http.RequestAborted);
            return TypedResults.Ok(new StoreVerification(result.IsIntact, result.StreamsChecked, result.EventsChecked, result.FirstBrokenLink));
        }).WithName("OpsVerifyStore").WithSummary("Recomputes the hash chain of every stream and reports the first broken link.");

        return app;
    }

    private static string? ErrorQueueOrigin(HttpContext http, string queue) => http.RequestServices.GetService<ServiceQueues>()?.OriginOf(queue);

    private static IResult UnknownQueue(string queue) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown error queue",
        detail: $"'{queue}' is not an error queue of this service; GET /ops/status lists them.",
        extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["queue"] = ["not an error queue of this service"] } });
}
}
