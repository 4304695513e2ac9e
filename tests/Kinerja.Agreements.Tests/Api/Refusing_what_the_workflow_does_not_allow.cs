using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kinerja.ServiceDefaults.Auth;

namespace Kinerja.Agreements.Tests.Api;

/// <summary>
/// Through the HTTP API: rejecting a revision, acting on a withdrawn agreement, ending a placement, the giver's
/// reporting line, and the agreement list of an operator scoped to a unit.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class Refusing_what_the_workflow_does_not_allow(InfrastructureFixture infrastructure) : InARegion(infrastructure)
{
    private const string BappedaHead = "196805051994031002";

    protected override async Task ArrangeAsync()
    {
        using var @operator = Api.Operator;
        using var import = await @operator.PostAsync($"/api/regions/{AgreementsApi.Region}/organisation/import", AgreementsApi.Csv(
            $"bappeda,Bappeda,,bappeda-kepala,Kepala Bappeda,II,,{BappedaHead},Ir. H. Syamsul Hadi,Pembina Utama Muda (IV/c),2022-01-03,no"));
        import.StatusCode.ShouldBe(HttpStatusCode.OK, await import.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task rejecting_a_revision_needs_comments_and_the_giver_and_keeps_the_version_in_force()
    {
        var id = await Api.InForceAsync(Guid.NewGuid());
        using var @operator = Api.Operator;
        using var verifier = Api.Verifier;
        var inForce = await Api.GetAsync(id);
        (await @operator.PostAsJsonAsync($"/api/agreements/{id}/revisions", Proposal(inForce, q4: 40_000))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var historyBefore = (await Api.HistoryAsync(id)).Length;

        await (await verifier.PostAsJsonAsync($"/api/agreements/{id}/revisions/reject", new { comments = " " })).ShouldBeBadRequestNaming("comments");
        (await @operator.PostAsJsonAsync($"/api/agreements/{id}/revisions/reject", new { comments = "Tidak sesuai" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Api.HistoryAsync(id)).Length.ShouldBe(historyBefore, "refused rejections appended nothing");
        (await verifier.PostAsJsonAsync($"/api/agreements/{id}/revisions/reject", new { comments = "Dasar hukum belum ditetapkan" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var after = await Api.GetAsync(id);
        after.GetProperty("status").GetString().ShouldBe("InForce");
        after.GetProperty("version").GetInt32().ShouldBe(1);
        after.GetProperty("pendingRevision").ValueKind.ShouldBe(JsonValueKind.Null);
        after.GetProperty("content").GetProperty("objectives")[0].GetProperty("indicators")[0].GetProperty("periodTargets")[3].GetProperty("value").GetDecimal().ShouldBe(25_000m);
        var conflict = await verifier.PostAsJsonAsync($"/api/agreements/{id}/revisions/reject", new { comments = "Lagi" });
        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict, "nothing is pending any more");
        (await @operator.PostAsJsonAsync($"/api/agreements/{id}/revisions", Proposal(inForce, q4: 35_000))).StatusCode.ShouldBe(HttpStatusCode.OK, "a new proposal may follow");
    }

    [Fact]
    public async Task a_withdrawn_agreement_refuses_every_further_command_and_appends_nothing()
    {
        var id = await Api.DraftAsync(Guid.NewGuid());
        using var @operator = Api.Operator;
        using var verifier = Api.Verifier;
        await (await @operator.PostAsJsonAsync($"/api/agreements/{id}/withdraw", new { reason = "" })).ShouldBeBadRequestNaming("reason");
        (await @operator.PostAsJsonAsync($"/api/agreements/{id}/withdraw", new { reason = "Jabatan salah dipilih" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var history = (await Api.HistoryAsync(id)).Length;

        (await @operator.PostAsync($"/api/agreements/{id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await @operator.PutAsJsonAsync($"/api/agreements/{id}/draft", new { content = AgreementsApi.Content(Guid.NewGuid()) })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await verifier.PostAsync($"/api/agreements/{id}/verify", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await @operator.PostAsJsonAsync($"/api/agreements/{id}/withdraw", new { reason = "Lagi" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await @operator.PostAsJsonAsync($"/api/agreements/{id}/close", new { closedOn = "2025-12-31" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var agreement = await Api.GetAsync(id);
        agreement.GetProperty("status").GetString().ShouldBe("Withdrawn");
        agreement.GetProperty("withdrawalReason").GetString().ShouldBe("Jabatan salah dipilih");
        (await Api.HistoryAsync(id)).Length.ShouldBe(history);
        var listed = (await @operator.GetFromJsonAsync<JsonElement[]>($"/api/agreements?status=Withdrawn"))!;
        listed.Select(r => r.GetProperty("id").GetString()).ShouldContain(id);
    }

    [Fact]
    public async Task ending_a_placement_leaves_the_position_vacant_and_its_holder_can_no_longer_sign()
    {
        var id = await Api.DraftAsync(Guid.NewGuid());
        using var @operator = Api.Operator;
        using var verifier = Api.Verifier;
        (await @operator.PostAsync($"/api/agreements/{id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await verifier.PostAsync($"/api/agreements/{id}/verify", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var agreement = await Api.GetAsync(id);
        var head = agreement.GetProperty("receiver").GetProperty("official").GetString()!;
        const string end = $"/api/regions/{AgreementsApi.Region}/placements/end";

        await (await @operator.PostAsJsonAsync(end, new { officialId = head, positionId = "dinkes-kepala" })).ShouldBeBadRequestNaming("on");
        await (await @operator.PostAsJsonAsync(end, new { officialId = head, positionId = "dinkes-kepala", on = "2020-01-01" })).ShouldBeBadRequestNaming("on");
        (await @operator.PostAsJsonAsync(end, new { officialId = BappedaHead, positionId = "dinkes-kepala", on = "2025-06-01" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        using (var balikpapan = Api.BalikpapanOperator)
        {
            (await balikpapan.PostAsJsonAsync(end, new { officialId = head, positionId = "dinkes-kepala", on = "2025-06-01" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
        (await @operator.PostAsJsonAsync(end, new { officialId = head, positionId = "dinkes-kepala", on = "2025-06-01" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var organisation = await @operator.GetFromJsonAsync<JsonElement>($"/api/regions/{AgreementsApi.Region}/organisation");
        organisation.GetProperty("placements").EnumerateArray()
            .Single(p => p.GetProperty("official").GetString() == head && p.GetProperty("position").GetString() == "dinkes-kepala")
            .GetProperty("until").GetString().ShouldBe("2025-06-01");
        var signing = await @operator.PostAsJsonAsync($"/api/agreements/{id}/signatures", new { party = "Receiver", signer = head, place = "Tenggarong" });
        var body = await signing.Content.ReadAsStringAsync();
        signing.StatusCode.ShouldBe(HttpStatusCode.Conflict, body);
        body.ShouldContain("no longer holds");
        var draft = await @operator.PostAsJsonAsync("/api/agreements", new JsonObject
        {
            ["region"] = AgreementsApi.Region, ["year"] = AgreementsApi.Year, ["receiverPositionId"] = "dinkes-kepala", ["content"] = AgreementsApi.Content(Guid.NewGuid()),
        });
        await draft.ShouldBeBadRequestNaming("receiverPositionId");
        (await @operator.PostAsJsonAsync(end, new { officialId = head, positionId = "dinkes-kepala", on = "2025-07-01" })).StatusCode.ShouldBe(HttpStatusCode.Conflict, "already ended");
    }

    [Fact]
    public async Task a_unit_scoped_operator_lists_only_their_units_agreements_and_a_giver_off_the_reporting_line_is_refused()
    {
        var health = await Api.DraftAsync(Guid.NewGuid());
        using var @operator = Api.Operator;
        var created = await @operator.PostAsJsonAsync("/api/agreements", new JsonObject
        {
            ["region"] = AgreementsApi.Region, ["year"] = AgreementsApi.Year, ["receiverPositionId"] = "bappeda-kepala", ["content"] = AgreementsApi.Content(Guid.NewGuid()),
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var planning = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("agreementId").GetString();
        using var bappedaOperator = Api.As(TestTokens.For(new DemoUser("operator-bappeda", "Operator Bappeda", [KinerjaRoles.Operator], [AgreementsApi.Region]) { Units = ["bappeda"] }));

        var scoped = (await bappedaOperator.GetFromJsonAsync<JsonElement[]>("/api/agreements"))!.Select(r => r.GetProperty("id").GetString()).ToArray();
        var whole = (await @operator.GetFromJsonAsync<JsonElement[]>("/api/agreements"))!.Select(r => r.GetProperty("id").GetString()).ToArray();

        scoped.ShouldContain(planning);
        scoped.ShouldNotContain(health);
        (await bappedaOperator.GetFromJsonAsync<JsonElement[]>("/api/agreements?unit=dinkes"))!.ShouldBeEmpty();
        whole.ShouldContain(planning);
        whole.ShouldContain(health);

        var offTheLine = await @operator.PostAsJsonAsync("/api/agreements", new JsonObject
        {
            ["region"] = AgreementsApi.Region, ["year"] = AgreementsApi.Year, ["receiverPositionId"] = "dinkes-kepala", ["giverPositionId"] = "bappeda-kepala",
            ["content"] = AgreementsApi.Content(Guid.NewGuid()),
        });
        await offTheLine.ShouldBeBadRequestNaming("giverPositionId");
    }

    private static JsonObject Proposal(JsonElement inForce, decimal q4) => new()
    {
        ["reason"] = "ChangeOfProgramActivityOrBudget",
        ["legalBasis"] = new JsonObject { ["decreeNumber"] = "050/321/2025", ["decreeDate"] = "2025-07-01" },
        ["content"] = Agreement_lifecycle.ContentWithIds(inForce, q4),
    };
}
