using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kinerja.SanctionReward.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class Policies_and_access(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private SanctionRewardApi _api = null!;

    public async Task InitializeAsync() => _api = await SanctionRewardApi.StartAsync(infrastructure);

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task the_shipped_policies_are_stored_and_explained_in_plain_words()
    {
        var policies = await _api.As("operator", "64.02").GetFromJsonAsync<List<JsonElement>>("/api/policies");

        policies!.Select(p => p.GetProperty("policy").GetProperty("id").GetString()).ShouldBe(["64.02-tpp", "national-default"], ignoreOrder: true);
        policies!.ShouldAllBe(p => p.GetProperty("explanation").GetString()!.Contains("Jika"));
    }

    [Fact]
    public async Task a_policy_with_a_rule_out_of_bounds_is_refused_naming_the_field_and_nothing_is_stored()
    {
        var policy = new
        {
            region = "64.71", effectiveFrom = "2026-01-01", title = "TPP Balikpapan", scaleId = "capaian-permendagri-86-2017",
            rules = new[] { new { id = "cut", labels = new[] { "Sangat Rendah" }, periodKind = "quarterly", decision = "allowanceAdjustment", allowancePercent = -150m, allowanceTerm = "monthly" } },
        };

        using var response = await _api.As("operator", "64.71").PutAsJsonAsync("/api/policies/64.71-tpp", policy);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").TryGetProperty("rules[0].allowancePercent", out _).ShouldBeTrue(problem.ToString());
        var stored = await _api.As("auditor", "*").GetFromJsonAsync<List<JsonElement>>("/api/policies?region=64.71");
        stored!.ShouldNotContain(p => p.GetProperty("policy").GetProperty("id").GetString() == "64.71-tpp");
    }

    [Fact]
    public async Task a_region_saves_a_valid_policy_as_a_new_version_and_another_region_may_not()
    {
        var policy = new
        {
            region = "64.71", effectiveFrom = "2026-01-01", title = "TPP Balikpapan", scaleId = "capaian-permendagri-86-2017",
            rules = new[] { new { id = "cut", labels = new[] { "Sangat Rendah" }, periodKind = "quarterly", decision = "allowanceAdjustment", allowancePercent = -2m, allowanceTerm = "monthly" } },
        };

        (await _api.As("operator", "64.02").PutAsJsonAsync("/api/policies/64.71-tpp2", policy)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var saved = await _api.As("operator", "64.71").PutAsJsonAsync("/api/policies/64.71-tpp2", policy);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("explanation").GetString()!.ShouldContain("2 %");
        using var second = await _api.As("operator", "64.71").PutAsJsonAsync("/api/policies/64.71-tpp2", policy);
        (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("policy").GetProperty("version").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task decisions_are_read_only_within_the_callers_regions_and_only_officials_approve()
    {
        (await _api.Service.CreateClient().GetAsync("/api/decisions?region=64.71")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await _api.As("operator", "64.02").GetAsync("/api/decisions?region=64.71")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _api.As("ministry", "*").GetAsync("/api/decisions?region=64.71")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var missingRegion = await _api.As("ministry", "*").GetAsync("/api/decisions");
        missingRegion.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missingRegion.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("region", out _).ShouldBeTrue();

        const string nip = "197707072002121007";
        await _api.PublishAsync(SanctionRewardApi.Evaluation("64.71", nip, "2026-TW1", 10m, "Sangat Rendah"));
        await _api.PublishAsync(SanctionRewardApi.Evaluation("64.71", nip, "2026-TW2", 10m, "Sangat Rendah"));
        var id = (await _api.DecisionsAsync("64.71", nip, atLeast: 1)).Single().GetProperty("id").GetGuid();

        (await _api.As("auditor", "*").PostAsJsonAsync($"/api/decisions/{id}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _api.As("verifier", "64.02").PostAsJsonAsync($"/api/decisions/{id}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var reject = await _api.As("verifier", "64.71").PostAsJsonAsync($"/api/decisions/{id}/reject", new { reason = "" });
        reject.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _api.As("auditor", "*").GetFromJsonAsync<JsonElement>($"/api/decisions/{id}")).GetProperty("status").GetString().ShouldBe("Proposed");

        var overview = await _api.As("ministry", "*").GetFromJsonAsync<List<JsonElement>>("/api/decisions/overview?year=2026");
        overview!.ShouldContain(r => r.GetProperty("region").GetString() == "64.71" && r.GetProperty("kind").GetString() == "WrittenWarning");
    }
}
