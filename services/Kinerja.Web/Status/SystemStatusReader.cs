using System.Text.Json;

namespace Kinerja.Web.Status;

/// <summary>Asks each service's <c>/health</c> and <c>/ops/status</c> (with the admin's token) for the admin's status page.</summary>
internal sealed class SystemStatusReader(IHttpClientFactory clients)
{
    public async Task<IReadOnlyList<ServiceStatus>> ReadAsync(CancellationToken cancellationToken)
    {
        var reads = ServiceEndpoints.Names.Select(name => ReadAsync(name, cancellationToken));
        return await Task.WhenAll(reads);
    }

    private async Task<ServiceStatus> ReadAsync(string name, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(name);
        // A page must not hang on one slow service: after 3 s it is shown as unreachable.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            using var response = await client.GetAsync("/health", limit.Token);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(limit.Token)).RootElement;
            var checks = body.GetProperty("checks").EnumerateArray()
                .Select(c => new HealthCheckStatus(c.GetProperty("name").GetString()!, c.GetProperty("status").GetString()!, c.GetProperty("description").GetString()))
                .ToList();
            return new ServiceStatus(name, client.BaseAddress!.ToString(), body.GetProperty("status").GetString()!, checks,
                await ReadOperationsAsync(client, limit.Token));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException)
        {
            return new ServiceStatus(name, client.BaseAddress!.ToString(), "Unreachable", [], null);
        }
    }

    /// <summary>The service's <c>/ops/status</c>; null when it does not answer (the page says so).</summary>
    private static async Task<OperationsFigures?> ReadOperationsAsync(HttpClient client, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync("/ops/status", cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }
            var ops = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement;
            long? pending = null, lag = null;
            double? oldest = null;
            if (ops.GetProperty("store") is { ValueKind: JsonValueKind.Object } store)
            {
                var outbox = store.GetProperty("outbox");
                pending = outbox.GetProperty("pending").GetInt64();
                oldest = outbox.GetProperty("oldestAgeSeconds") is { ValueKind: JsonValueKind.Number } age ? age.GetDouble() : null;
                lag = store.GetProperty("projections").EnumerateArray().Sum(p => p.GetProperty("behind").GetInt64());
            }
            var queues = ops.GetProperty("queues") is { ValueKind: JsonValueKind.Array } listed
                ? listed.EnumerateArray().Select(q => new ErrorQueueCount(q.GetProperty("errorQueue").GetString()!, q.GetProperty("errorMessages").GetInt64())).ToList()
                : null;
            return new OperationsFigures(pending, oldest, lag, queues,
                ops.GetProperty("storeUnavailable").GetString(), ops.GetProperty("brokerUnavailable").GetString());
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }
}

internal sealed record ServiceStatus(string Name, string Url, string Status, IReadOnlyList<HealthCheckStatus> Checks, OperationsFigures? Operations)
{
    public bool Healthy => Status == "Healthy";
}

internal sealed record HealthCheckStatus(string Name, string Status, string? Description);

/// <summary>What a service's <c>/ops/status</c> says, reduced to what the page shows; null figures come with a reason.</summary>
internal sealed record OperationsFigures(long? OutboxPending, double? OldestPendingSeconds, long? ProjectionLag,
    IReadOnlyList<ErrorQueueCount>? ErrorQueues, string? StoreUnavailable, string? BrokerUnavailable)
{
    public long ErrorMessages => ErrorQueues?.Sum(q => q.Messages) ?? 0;
}

internal sealed record ErrorQueueCount(string Queue, long Messages);
