using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kinerja.Evaluations.Tests.Api;

/// <summary>Authorisation by region and role, bad input, unknown ids, and the published OpenAPI document.</summary>
[Collection(ApiCollection.Name)]
public sealed class Guarding_the_api(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private EvaluationsHost _host = null!;

    public async Task InitializeAsync() => _host = await EvaluationsHost.StartAsync(infrastructure);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task another_region_may_neither_evaluate_nor_read_an_agreement()
    {
        var upstream = Upstream.In("64.02");
        await _host.PublishAsync(upstream.Signed());
        await _host.AgreementAsync(upstream.AgreementId, "64.02");
        var otherRegion = _host.Client(TestTokens.For("operator", "64.09"));

        await (await otherRegion.PostAsJsonAsync($"/api/agreements/{upstream.AgreementId}/evaluations", new { period = "2026-TW1" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await otherRegion.GetAsync($"/api/agreements/{upstream.AgreementId}/evaluations")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await otherRegion.PostAsJsonAsync("/api/regions/64.02/evaluations", new { period = "2026-TW1" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await otherRegion.GetAsync("/api/regions/64.02/ratings")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await otherRegion.GetAsync("/api/ratings")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await _host.Client(TestTokens.For("auditor", "64.02")).PostAsJsonAsync($"/api/agreements/{upstream.AgreementId}/evaluations", new { period = "2026-TW1" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task an_unknown_agreement_is_404_and_a_bad_period_is_a_400_naming_it()
    {
        var client = _host.Client(TestTokens.For("operator", "64.02"));

        await (await client.GetAsync($"/api/agreements/{Guid.NewGuid()}/evaluations")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostAsJsonAsync($"/api/agreements/{Guid.NewGuid()}/evaluations", new { period = "2026-TW1" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostAsJsonAsync($"/api/agreements/{Guid.NewGuid()}/evaluations", new { period = "2026-Q7" })).ShouldNameFieldAsync("period");
        await (await client.PostAsJsonAsync("/api/regions/64.02/evaluations", new { period = "TW1" })).ShouldNameFieldAsync("period");
        await (await client.GetAsync("/api/regions/64.02/ranking")).ShouldNameFieldAsync("period");
        await (await client.GetAsync("/api/regions/64.02/ratings?period=someday")).ShouldNameFieldAsync("period");
    }

    [Fact]
    public async Task a_region_evaluation_feeds_the_distribution_ranking_and_trend()
    {
        var upstreams = new[] { Upstream.In("64.10"), Upstream.In("64.10") };
        foreach (var (upstream, value) in upstreams.Zip([95m, 60m]))
        {
            await _host.PublishAsync(upstream.Signed());
            await _host.PublishAsync(upstream.Verified("2026-Q1", value));
            await _host.AgreementAsync(upstream.AgreementId, "64.10", json => json.GetProperty("realisations").GetArrayLength() == 1);
        }
        var client = _host.Client(TestTokens.For("operator", "64.10"));

        using var evaluated = await client.PostAsJsonAsync("/api/regions/64.10/evaluations", new { period = "2026-Q1" });
        evaluated.StatusCode.ShouldBe(HttpStatusCode.OK);

        // The figures come from the evaluations.standing projection, which runs behind the writers (ADR 0036).
        var distribution = await Eventually.Until(() => client.GetFromJsonAsync<JsonElement>("/api/regions/64.10/ratings?period=2026-TW1"),
            d => d.GetArrayLength() == 1 && d[0].GetProperty("agreements").GetInt32() == 2, TimeSpan.FromSeconds(60), "the standing projection");
        distribution[0].GetProperty("ratings").EnumerateArray().Select(r => (r.GetProperty("label").GetString(), r.GetProperty("count").GetInt32()))
            .ShouldBe([("Sangat Tinggi", 1), ("Rendah", 1)]);
        var ranking = await client.GetFromJsonAsync<JsonElement>("/api/regions/64.10/ranking?period=2026-TW1");
        ranking.EnumerateArray().Select(r => r.GetProperty("achievement").GetDecimal()).ShouldBe([95m, 60m]);
        var trend = await client.GetFromJsonAsync<JsonElement>("/api/regions/64.10/trend");
        trend[0].GetProperty("achievement").GetDecimal().ShouldBe(77.5m);
        var nation = await _host.Client(TestTokens.For("ministry", "*")).GetFromJsonAsync<JsonElement>("/api/ratings?period=2026-TW1");
        nation[0].GetProperty("agreements").GetInt32().ShouldBe(2);

        // The front end's lists: the region's evaluations row by row, and every region side by side for the ministry.
        var rows = await client.GetFromJsonAsync<JsonElement>("/api/regions/64.10/evaluations?period=2026-TW1");
        rows.EnumerateArray().Select(r => (r.GetProperty("agreementId").GetString(), r.GetProperty("score").GetDecimal(), r.GetProperty("rating").GetString()))
            .OrderBy(r => r.Item2)
            .ShouldBe([(upstreams[1].AgreementId.ToString(), 60m, "Rendah"), (upstreams[0].AgreementId.ToString(), 95m, "Sangat Tinggi")]);
        await (await client.GetAsync("/api/regions/64.10/evaluations?period=someday")).ShouldNameFieldAsync("period");
        await (await client.GetAsync("/api/ratings/regions?year=2026")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var regions = await _host.Client(TestTokens.For("ministry", "*")).GetFromJsonAsync<JsonElement>("/api/ratings/regions?year=2026");
        var region = regions.EnumerateArray().Single(r => r.GetProperty("regionCode").GetString() == "64.10");
        region.GetProperty("period").GetString().ShouldBe("2026-TW1");
        region.GetProperty("agreements").GetInt32().ShouldBe(2);
        region.GetProperty("meanAchievement").GetDecimal().ShouldBe(77.5m);
        region.GetProperty("ratings").EnumerateArray().Select(r => (r.GetProperty("label").GetString(), r.GetProperty("count").GetInt32()))
            .ShouldBe([("Sangat Tinggi", 1), ("Rendah", 1)]);
        region.GetProperty("notRated").GetInt32().ShouldBe(0);
        (await _host.Client(TestTokens.For("ministry", "*")).GetFromJsonAsync<JsonElement>("/api/ratings/regions?year=2031")).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task the_openapi_document_describes_every_route_with_a_summary()
    {
        var document = await _host.Client().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Route: $"{op.Name} {path.Name}", Operation: op.Value)))
            .Where(op => op.Route.Contains("/api/", StringComparison.Ordinal) && !op.Route.EndsWith("/api/me", StringComparison.Ordinal))
            .ToList();
        operations.Count.ShouldBe(17);
        operations.Where(op => !op.Operation.TryGetProperty("summary", out _)).Select(op => op.Route).ShouldBeEmpty();
    }
}
