namespace Kinerja.Reliability.Tests;

/// <summary>
/// A scripted workload through the public APIs: the demo region's first quarter reopened and closed again, each
/// close publishing <c>PeriodClosed</c>, which Evaluations evaluates and SanctionReward decides on.
/// </summary>
public static class Workload
{
    public static string Period => $"{KinerjaSystem.Year}-Q1";

    /// <summary>One reopen-and-close cycle; retries a refused or failed call (a service may be down on purpose) until it lands.</summary>
    public static async Task CycleAsync(KinerjaSystem system, int cycle, TimeSpan? limit = null)
    {
        using var http = system.Client("operator-6402");
        var periods = $"{system.Url("measurements")}/api/measurements/regions/64.02/periods/{Period}";
        await UntilAsync(() => http.PostAsJsonAsync($"{periods}/reopening", new { reason = $"reliability cycle {cycle}: a correction was found" }), limit);
        await UntilAsync(() => http.PostAsJsonAsync($"{periods}/closing", new { }), limit);
    }

    /// <summary>A command is retried only when it did not land (no answer, 5xx); a 409 means the last try did land.</summary>
    private static async Task UntilAsync(Func<Task<HttpResponseMessage>> send, TimeSpan? limit)
    {
        var status = await Eventually.Until(async () =>
        {
            try
            {
                using var response = await send();
                return (int)response.StatusCode;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return 0;
            }
        }, code => code is >= 200 and < 500, limit ?? TimeSpan.FromMinutes(3), "the workload's command to land");
        status.ShouldBeOneOf(200, 201, 204, 409);
    }
}
