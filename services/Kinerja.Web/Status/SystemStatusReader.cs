using System.Text.Json;

namespace Kinerja.Web.Status;

/// <summary>Asks each service's <c>/health</c> for the admin's status page.</summary>
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
            return new ServiceStatus(name, client.BaseAddress!.ToString(), body.GetProperty("status").GetString()!, checks);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException)
        {
            return new ServiceStatus(name, client.BaseAddress!.ToString(), "Unreachable", []);
        }
    }
}

internal sealed record ServiceStatus(string Name, string Url, string Status, IReadOnlyList<HealthCheckStatus> Checks)
{
    public bool Healthy => Status == "Healthy";
}

internal sealed record HealthCheckStatus(string Name, string Status, string? Description);
