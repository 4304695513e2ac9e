using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.ServiceDefaults.Auth;

namespace Kinerja.AppHost.Tests;

/// <summary>
/// What a new user sees after the run command: the demo region's agreements signed in Agreements, learned by
/// Measurements (first quarter recorded and closed), evaluated by Evaluations, and judged by SanctionReward under the
/// region's own policy — through the real bus.
/// </summary>
public sealed class The_demo_region
{
    [Fact]
    public async Task Bug_events_published_before_a_consumer_first_started_were_dropped_so_the_demo_flows_through_every_service()
    {
        await using var system = await AppHostProcess.StartAsync();
        var key = await File.ReadAllTextAsync(Path.Combine(system.DataDirectory, "dev-signing-key"));
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", DevTokens.Issue(key.Trim(), DemoUser.Find("auditor")!));
        var year = DateTime.UtcNow.Year;

        var agreements = await Eventually.Until(
            async () => await http.GetFromJsonAsync<List<JsonElement>>($"{system.Url("agreements")}/api/agreements?region=64.02") ?? [],
            list => list.Count(a => a.GetProperty("status").GetString() == "InForce") == 15, TimeSpan.FromSeconds(60), "15 agreements in force");
        agreements.Select(a => a.GetProperty("unitName").GetString()).ShouldContain("Dinas Pendidikan");

        var periods = await Eventually.Until(
            async () => await http.GetFromJsonAsync<JsonElement>($"{system.Url("measurements")}/api/measurements/regions/64.02/periods"),
            p => p.GetProperty("closed").GetArrayLength() > 0, TimeSpan.FromSeconds(90), "TW I closed by the demo");
        periods.GetProperty("closed")[0].GetProperty("period").GetString().ShouldBe($"{year}-Q1");

        var ratings = await Eventually.Until(
            async () => await http.GetFromJsonAsync<List<JsonElement>>($"{system.Url("evaluations")}/api/regions/64.02/ratings?period={year}-TW1") ?? [],
            r => r.Count == 1 && r[0].GetProperty("agreements").GetInt32() == 15, TimeSpan.FromSeconds(90), "every demo agreement evaluated for TW I");
        ratings[0].GetProperty("ratings").GetArrayLength().ShouldBeGreaterThan(0);

        // 64.02's own policy is written in employee predicates; a low quarter proposes an allowance cut under it. The demo's
        // verifier (verifier-6402) approves half of the first quarter's proposals and leaves the rest pending.
        var decisions = (await Eventually.Until(
            async () => await http.GetFromJsonAsync<JsonElement>($"{system.Url("sanctionreward")}/api/decisions?region=64.02"),
            d => d.EnumerateArray().Any(Is("Approved")) && d.EnumerateArray().Any(Is("Proposed")), TimeSpan.FromSeconds(120),
            "approved and pending decisions in the demo region")).EnumerateArray().ToList();
        decisions.ShouldAllBe(d => d.GetProperty("policyId").GetString() == "64.02-tpp" && d.GetProperty("period").GetString() == $"{year}-TW1");
        var approved = decisions.First(Is("Approved")).GetProperty("id").GetGuid();
        var decision = await http.GetFromJsonAsync<JsonElement>($"{system.Url("sanctionreward")}/api/decisions/{approved}");
        decision.GetProperty("decidedBy").GetString().ShouldBe("verifier-6402");
    }

    private static Func<JsonElement, bool> Is(string status) => d => d.GetProperty("status").GetString() == status;
}
