using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kinerja.Agreements.Tests.Api;

/// <summary>Cascade links and the performance tree, copying last year's indicators, and withdrawing a draft.</summary>
[Collection(ApiCollection.Name)]
public sealed class Cascading_and_copying(InfrastructureFixture infrastructure) : InARegion(infrastructure)
{
    [Fact]
    public async Task a_unit_heads_indicator_linked_to_the_bupatis_shows_under_it_in_the_tree_with_a_warning_when_the_sum_falls_short()
    {
        using var @operator = Api.Operator;
        var bupatiContent = AgreementsApi.Content(Guid.NewGuid(), q4: 125_000);
        using var drafted = await @operator.PostAsJsonAsync("/api/agreements",
            new JsonObject { ["region"] = "64.02", ["year"] = 2025, ["receiverPositionId"] = "bupati", ["content"] = bupatiContent });
        drafted.StatusCode.ShouldBe(HttpStatusCode.Created, await drafted.Content.ReadAsStringAsync());
        var bupati = (await drafted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("agreementId").GetString()!;
        var bupatiIndicator = (await Api.GetAsync(bupati)).GetProperty("content").GetProperty("objectives")[0].GetProperty("indicators")[0].GetProperty("id").GetString();
        var unitIndicator = Guid.NewGuid();
        var unit = await Api.DraftAsync(unitIndicator);

        using var linked = await @operator.PostAsJsonAsync($"/api/agreements/{unit}/links",
            new { indicator = unitIndicator.ToString(), parentAgreementId = bupati, parentIndicator = bupatiIndicator });

        linked.StatusCode.ShouldBe(HttpStatusCode.OK, await linked.Content.ReadAsStringAsync());
        var tree = await @operator.GetFromJsonAsync<JsonElement>("/api/regions/64.02/performance-tree/2025");
        var root = tree.GetProperty("roots").EnumerateArray().Single();
        root.GetProperty("agreementId").GetString().ShouldBe(bupati);
        root.GetProperty("children").EnumerateArray().Single().GetProperty("agreementId").GetString().ShouldBe(unit);
        var warning = tree.GetProperty("warnings").EnumerateArray().Single();
        warning.GetProperty("target").GetDecimal().ShouldBe(200_000m);
        warning.GetProperty("childrenTotal").GetDecimal().ShouldBe(100_000m);
    }

    [Fact]
    public async Task next_years_draft_copies_last_years_indicators_of_the_same_position_and_a_draft_can_be_withdrawn()
    {
        await Api.InForceAsync(Guid.NewGuid());
        using var @operator = Api.Operator;
        using var drafted = await @operator.PostAsJsonAsync("/api/agreements",
            new JsonObject { ["region"] = "64.02", ["year"] = 2026, ["receiverPositionId"] = "dinkes-kepala", ["content"] = AgreementsApi.Content(Guid.NewGuid()) });
        drafted.StatusCode.ShouldBe(HttpStatusCode.Created, await drafted.Content.ReadAsStringAsync());
        var next = (await drafted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("agreementId").GetString()!;

        using var copied = await @operator.PostAsJsonAsync($"/api/agreements/{next}/copy-indicators", new { });

        copied.StatusCode.ShouldBe(HttpStatusCode.OK, await copied.Content.ReadAsStringAsync());
        var objectives = (await Api.GetAsync(next)).GetProperty("content").GetProperty("objectives");
        objectives.GetArrayLength().ShouldBe(2);
        objectives[1].GetProperty("indicators")[0].GetProperty("name").GetString().ShouldBe("Jumlah kunjungan rawat jalan puskesmas");

        (await @operator.PostAsJsonAsync($"/api/agreements/{next}/withdraw", new { reason = "Duplikat." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Api.GetAsync(next)).GetProperty("status").GetString().ShouldBe("Withdrawn");
        using var again = await @operator.PostAsync($"/api/agreements/{next}/submit", null);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }
}
