using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kinerja.Evaluations.Tests.Api;

/// <summary>Rating scales and calculation rules are data: national defaults seeded, overridden per region, recorded per evaluation.</summary>
[Collection(ApiCollection.Name)]
public sealed class Configuring_scales_and_rules(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private EvaluationsHost _host = null!;

    public async Task InitializeAsync() => _host = await EvaluationsHost.StartAsync(infrastructure);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static object TwoBands(string id) => new
    {
        id,
        purpose = "achievement",
        name = "Skala capaian Kutai Kartanegara",
        effectiveFrom = "2026-01-01",
        bands = new object[]
        {
            new { lower = 75m, upper = (decimal?)null, label = "Baik", labelEn = "Good" },
            new { lower = (decimal?)null, upper = 75m, label = "Kurang", labelEn = "Poor" },
        },
    };

    [Fact]
    public async Task the_national_defaults_are_seeded_and_listed()
    {
        var scales = await _host.Client(TestTokens.For("auditor", "*")).GetFromJsonAsync<JsonElement>("/api/scales");

        scales.EnumerateArray().Select(s => s.GetProperty("id").GetString())
            .ShouldBe(["capaian-permendagri-86-2017", "sakip-permenpanrb-88-2021", "pegawai-permenpanrb-6-2022"]);
        var rules = await _host.Client(TestTokens.For("auditor", "*")).GetFromJsonAsync<JsonElement>("/api/rules");
        rules[0].GetProperty("negativeFormula").GetString().ShouldBe("TwiceTargetMinusRealisation");
    }

    [Fact]
    public async Task a_region_override_is_used_for_that_region_and_recorded_in_its_evaluations()
    {
        var upstream = Upstream.In("64.07");
        var operatorClient = _host.Client(TestTokens.For("operator", "64.07"));
        using var set = await operatorClient.PutAsJsonAsync("/api/regions/64.07/scales", TwoBands("capaian-64.07"));
        set.StatusCode.ShouldBe(HttpStatusCode.OK);
        await _host.PublishAsync(upstream.Signed());
        await _host.AgreementAsync(upstream.AgreementId, "64.07");
        await _host.PublishAsync(upstream.Verified("2026-Q1", 80));
        await _host.AgreementAsync(upstream.AgreementId, "64.07", json => json.GetProperty("realisations").GetArrayLength() == 1);

        using var evaluated = await operatorClient.PostAsJsonAsync($"/api/agreements/{upstream.AgreementId}/evaluations", new { period = "2026-TW1" });

        evaluated.StatusCode.ShouldBe(HttpStatusCode.Created);
        var rating = (await evaluated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("evaluation").GetProperty("rating");
        rating.GetProperty("label").GetString().ShouldBe("Baik");
        rating.GetProperty("scaleId").GetString().ShouldBe("capaian-64.07");
        rating.GetProperty("scaleVersion").GetInt32().ShouldBe(1);
        var listed = await operatorClient.GetFromJsonAsync<JsonElement>("/api/scales?regionCode=64.07");
        listed.EnumerateArray().Count(s => s.GetProperty("regionCode").ValueKind == JsonValueKind.String).ShouldBe(1);
    }

    [Fact]
    public async Task another_region_keeps_the_national_scale()
    {
        using var set = await _host.Client(TestTokens.For("admin", "64.07")).PutAsJsonAsync("/api/regions/64.07/scales", TwoBands("capaian-64.07"));
        set.StatusCode.ShouldBe(HttpStatusCode.OK);
        var upstream = Upstream.In("64.08");
        await _host.PublishAsync(upstream.Signed());
        await _host.AgreementAsync(upstream.AgreementId, "64.08");

        using var evaluated = await _host.Client(TestTokens.For("operator", "64.08"))
            .PostAsJsonAsync($"/api/agreements/{upstream.AgreementId}/evaluations", new { period = "2026-TW1" });

        evaluated.StatusCode.ShouldBe(HttpStatusCode.Created);
        var evaluation = (await evaluated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("evaluation");
        evaluation.GetProperty("indicatorsNotReported").GetInt32().ShouldBe(1);
        evaluation.GetProperty("rating").ValueKind.ShouldBe(JsonValueKind.Null);
        evaluation.GetProperty("rulesVersion").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task only_the_ministry_sets_national_defaults_and_only_a_region_operator_or_admin_overrides_a_region()
    {
        using var byOperator = await _host.Client(TestTokens.For("operator", "*")).PutAsJsonAsync("/api/scales/national", TwoBands("capaian-nasional"));
        await byOperator.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var otherRegion = await _host.Client(TestTokens.For("operator", "64.02")).PutAsJsonAsync("/api/regions/64.07/scales", TwoBands("x"));
        await otherRegion.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var verifier = await _host.Client(TestTokens.For("verifier", "64.07")).PutAsJsonAsync("/api/regions/64.07/scales", TwoBands("x"));
        await verifier.ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        using var byMinistry = await _host.Client(TestTokens.For("ministry", "*")).PutAsJsonAsync("/api/scales/national", TwoBands("capaian-nasional"));
        byMinistry.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task a_scale_with_a_gap_or_rules_with_an_unknown_formula_are_rejected_naming_the_field()
    {
        var client = _host.Client(TestTokens.For("operator", "64.07"));
        var gap = new
        {
            id = "capaian-64.07",
            purpose = "achievement",
            name = "Berlubang",
            effectiveFrom = "2026-01-01",
            bands = new object[]
            {
                new { lower = 80m, upper = (decimal?)null, label = "Baik", labelEn = "Good" },
                new { lower = (decimal?)null, upper = 70m, label = "Kurang", labelEn = "Poor" },
            },
        };

        await (await client.PutAsJsonAsync("/api/regions/64.07/scales", gap)).ShouldNameFieldAsync("bands[0].lower");
        await (await client.PutAsJsonAsync("/api/regions/64.07/scales", new { id = "x", purpose = "achievement", name = "x", bands = new[] { new { label = "Semua", labelEn = "All" } } }))
            .ShouldNameFieldAsync("effectiveFrom");
        await (await client.PutAsJsonAsync("/api/regions/64.07/rules", new { effectiveFrom = "2026-01-01", negativeFormula = "Sideways" }))
            .ShouldNameFieldAsync("negativeFormula");
        await (await client.PutAsJsonAsync("/api/regions/64.7/rules", new { effectiveFrom = "2026-01-01" })).ShouldNameFieldAsync("regionCode");
    }

    [Fact]
    public async Task a_change_against_a_stale_version_is_refused_with_the_current_one()
    {
        var client = _host.Client(TestTokens.For("operator", "64.07"));
        using var listed = await client.GetAsync("/api/scales?regionCode=64.07");
        var etag = listed.Headers.ETag!.Tag;
        using var first = await client.PutAsJsonAsync("/api/regions/64.07/scales", TwoBands("capaian-64.07"));
        first.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var stale = new HttpRequestMessage(HttpMethod.Put, "/api/regions/64.07/scales") { Content = JsonContent.Create(TwoBands("capaian-64.07")) };
        stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        using var response = await client.SendAsync(stale);

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("currentVersion").GetInt64().ShouldBe(4);
    }
}
