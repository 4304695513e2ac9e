using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;

namespace Kinerja.Agreements.Tests.Api;

/// <summary>Auditors' questions, answered from the event store: timeline, as-of, diff and hash-chain verification.</summary>
[Collection(ApiCollection.Name)]
public sealed class Auditors_history(InfrastructureFixture infrastructure) : InARegion(infrastructure)
{
    private string _id = "";

    protected override async Task ArrangeAsync()
    {
        _id = await Api.InForceAsync(Guid.NewGuid());
    }

    private async Task ReviseQ4Async(decimal q4)
    {
        using var @operator = Api.Operator;
        using var verifier = Api.Verifier;
        using var proposed = await @operator.PostAsJsonAsync($"/api/agreements/{_id}/revisions", new JsonObject
        {
            ["reason"] = "ChangeOfProgramActivityOrBudget",
            ["legalBasis"] = new JsonObject { ["decreeNumber"] = "050/77/2025", ["decreeDate"] = "2025-07-01" },
            ["content"] = Agreement_lifecycle.ContentWithIds(await Api.GetAsync(_id), q4),
        });
        proposed.StatusCode.ShouldBe(HttpStatusCode.OK, await proposed.Content.ReadAsStringAsync());
        (await verifier.PostAsync($"/api/agreements/{_id}/revisions/approve", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task the_timeline_lists_every_event_with_actor_time_reason_and_legal_basis()
    {
        await ReviseQ4Async(35_000);

        var history = await Api.HistoryAsync(_id);

        history.Select(e => e.GetProperty("type").GetString()).ShouldBe([
            "agreement.drafted.v1", "agreement.submitted.v1", "agreement.verified.v1", "agreement.signed.v1", "agreement.signed.v1",
            "agreement.came-into-force.v1", "agreement.revision-proposed.v1", "agreement.revision-approved.v1"]);
        history.Select(e => e.GetProperty("version").GetInt64()).ShouldBe([1L, 2, 3, 4, 5, 6, 7, 8]);
        history[0].GetProperty("actor").GetString().ShouldBe("operator-test");
        history[2].GetProperty("actor").GetString().ShouldBe("verifier-test");
        history[7].GetProperty("reason").GetString().ShouldBe("ChangeOfProgramActivityOrBudget");
        history[7].GetProperty("legalBasis").GetProperty("decreeNumber").GetString().ShouldBe("050/77/2025");
    }

    [Fact]
    public async Task the_agreement_as_of_a_version_or_a_date_is_replayed_from_its_events_and_a_diff_names_the_changed_fields()
    {
        var beforeRevision = DateTimeOffset.UtcNow;
        await ReviseQ4Async(40_000);
        using var auditor = Api.Auditor;

        var atSigning = await auditor.GetFromJsonAsync<JsonElement>($"/api/agreements/{_id}/as-of?version=6");
        var asOfDate = await auditor.GetFromJsonAsync<JsonElement>($"/api/agreements/{_id}/as-of?date={Uri.EscapeDataString(beforeRevision.ToString("O"))}");
        var diff = await auditor.GetFromJsonAsync<JsonElement>($"/api/agreements/{_id}/diff?from=6&to=8");

        Q4(atSigning).ShouldBe(25_000m);
        atSigning.GetProperty("agreement").GetProperty("status").GetString().ShouldBe("InForce");
        Q4(asOfDate).ShouldBe(25_000m);
        asOfDate.GetProperty("streamVersion").GetInt64().ShouldBe(6);
        var changes = diff.GetProperty("changes").EnumerateArray().ToList();
        changes.ShouldContain(c => c.GetProperty("path").GetString()!.EndsWith("periodTargets[3].value", StringComparison.Ordinal)
                                   && c.GetProperty("old").GetString() == "25000" && c.GetProperty("new").GetString() == "40000");
        changes.ShouldContain(c => c.GetProperty("path").GetString() == "version");
        (await auditor.GetAsync($"/api/agreements/{_id}/as-of?version=99")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await auditor.GetAsync($"/api/agreements/{_id}/as-of")).ShouldBeBadRequestNaming("version");
    }

    [Fact]
    public async Task the_hash_chain_verifies_until_a_stored_row_is_altered_behind_the_service()
    {
        using var auditor = Api.Auditor;
        (await auditor.GetFromJsonAsync<JsonElement>($"/api/agreements/{_id}/verification")).GetProperty("isIntact").GetBoolean().ShouldBeTrue();
        (await auditor.GetFromJsonAsync<JsonElement>("/api/audit/verification")).GetProperty("isIntact").GetBoolean().ShouldBeTrue();

        await using (var connection = new NpgsqlConnection(Api.Database))
        {
            await connection.OpenAsync();
            await using var tamper = new NpgsqlCommand(
                "UPDATE event_store.events SET data = replace(data::text, 'Tenggarong', 'Samarinda')::json WHERE stream_id = $1 AND version = 4", connection);
            tamper.Parameters.AddWithValue($"agreement-{_id}");
            (await tamper.ExecuteNonQueryAsync()).ShouldBe(1);
        }

        var verification = await auditor.GetFromJsonAsync<JsonElement>($"/api/agreements/{_id}/verification");
        verification.GetProperty("isIntact").GetBoolean().ShouldBeFalse();
        verification.GetProperty("firstBrokenLink").GetProperty("version").GetInt64().ShouldBe(4);
        (await auditor.GetFromJsonAsync<JsonElement>("/api/audit/verification")).GetProperty("isIntact").GetBoolean().ShouldBeFalse();
        using var @operator = Api.Operator;
        (await @operator.GetAsync("/api/audit/verification")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static decimal Q4(JsonElement view) =>
        view.GetProperty("agreement").GetProperty("content").GetProperty("objectives")[0].GetProperty("indicators")[0].GetProperty("periodTargets")[3].GetProperty("value").GetDecimal();
}
