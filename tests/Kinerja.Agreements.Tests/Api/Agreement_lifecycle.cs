using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kinerja.Agreements.Tests.Api;

/// <summary>An agreement from draft to close through HTTP, with what downstream services see on RabbitMQ.</summary>
[Collection(ApiCollection.Name)]
public sealed class Agreement_lifecycle(InfrastructureFixture infrastructure) : InARegion(infrastructure)
{
    private const string SignedExchange = "kinerja.agreements.agreement-signed.v1";
    private const string RevisedExchange = "kinerja.agreements.agreement-revision-approved.v1";
    private const string ClosedExchange = "kinerja.agreements.agreement-closed.v1";

    private BusProbe _probe = null!;

    protected override async Task ArrangeAsync()
    {
        _probe = await BusProbe.StartAsync(Infrastructure.RabbitMqConnectionString, SignedExchange, RevisedExchange, ClosedExchange);
    }

    protected override async Task CleanUpAsync()
    {
        await _probe.DisposeAsync();
    }

    [Fact]
    public async Task a_drafted_agreement_is_submitted_verified_signed_revised_and_closed_and_each_step_is_published()
    {
        var indicator = Guid.NewGuid();
        var id = await Api.DraftAsync(indicator);
        (await Api.GetAsync(id)).GetProperty("giver").GetProperty("position").GetString().ShouldBe("bupati", "the giver follows the reporting line");
        using var @operator = Api.Operator;
        using var verifier = Api.Verifier;
        (await @operator.PostAsync($"/api/agreements/{id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await verifier.PostAsync($"/api/agreements/{id}/verify", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var verified = await Api.GetAsync(id);
        verified.GetProperty("status").GetString().ShouldBe("Verified");

        foreach (var party in new[] { "receiver", "giver" })
        {
            using var signed = await @operator.PostAsJsonAsync($"/api/agreements/{id}/signatures",
                new { party = party == "receiver" ? "Receiver" : "Giver", signer = verified.GetProperty(party).GetProperty("official").GetString(), place = "Tenggarong" });
            signed.StatusCode.ShouldBe(HttpStatusCode.OK, await signed.Content.ReadAsStringAsync());
        }
        var inForce = await Api.GetAsync(id);
        inForce.GetProperty("status").GetString().ShouldBe("InForce");
        inForce.GetProperty("signedLate").GetBoolean().ShouldBeTrue("the DPA was approved on 2025-01-10, more than a month before signing");
        inForce.GetProperty("signatures").GetArrayLength().ShouldBe(2);

        var signedMessage = (await _probe.WaitForAsync(SignedExchange, m => m.Message.GetProperty("agreementId").GetString() == id)).Single();
        var content = signedMessage.Message;
        content.GetProperty("regionCode").GetString().ShouldBe("64.02");
        content.GetProperty("receiver").GetProperty("nip").GetString().ShouldBe(AgreementsApi.HeadOfHealth);
        content.GetProperty("giver").GetProperty("positionId").GetString().ShouldBe("bupati");
        var published = content.GetProperty("objectives")[0].GetProperty("indicators")[0];
        published.GetProperty("id").GetString().ShouldBe(indicator.ToString());
        published.GetProperty("periodTargets").EnumerateArray().Select(t => Number(t.GetProperty("target").GetProperty("value"))).ShouldBe([20_000m, 25_000m, 30_000m, 25_000m]);
        Number(content.GetProperty("programs")[0].GetProperty("annualBudget")).ShouldBe(1_000_000_000m);
        content.GetProperty("signatures").GetArrayLength().ShouldBe(2);

        using var proposed = await @operator.PostAsJsonAsync($"/api/agreements/{id}/revisions", new JsonObject
        {
            ["reason"] = "ChangeOfPrioritiesOrAssumptions",
            ["legalBasis"] = new JsonObject { ["decreeNumber"] = "050/123/2025", ["decreeDate"] = "2025-06-02" },
            ["content"] = ContentWithIds(inForce, q4: 30_000),
        });
        proposed.StatusCode.ShouldBe(HttpStatusCode.OK, await proposed.Content.ReadAsStringAsync());
        (await verifier.PostAsync($"/api/agreements/{id}/revisions/approve", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var revised = await Api.GetAsync(id);
        revised.GetProperty("version").GetInt32().ShouldBe(2);
        revised.GetProperty("content").GetProperty("objectives")[0].GetProperty("indicators")[0].GetProperty("periodTargets")[3].GetProperty("value").GetDecimal().ShouldBe(30_000m);

        var revision = (await _probe.WaitForAsync(RevisedExchange, m => m.Message.GetProperty("agreementId").GetString() == id)).Single().Message;
        revision.GetProperty("newVersion").GetInt32().ShouldBe(2);
        revision.GetProperty("reason").GetString().ShouldBe("ChangeOfPrioritiesOrAssumptions");
        revision.GetProperty("legalBasis").GetProperty("decreeNumber").GetString().ShouldBe("050/123/2025");
        revision.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("path").GetString()).ShouldContain(p => p!.Contains("periodTargets[3]", StringComparison.Ordinal));

        using var closed = await @operator.PostAsJsonAsync($"/api/agreements/{id}/close", new { closedOn = "2025-12-31" });
        closed.StatusCode.ShouldBe(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        (await _probe.WaitForAsync(ClosedExchange, m => m.Message.GetProperty("agreementId").GetString() == id)).Single()
            .Message.GetProperty("reason").GetString().ShouldBe("YearEnd");

        var list = await @operator.GetFromJsonAsync<JsonElement[]>("/api/agreements?region=64.02&year=2025&receiver=Dewi");
        list!.Single().GetProperty("status").GetString().ShouldBe("Closed");
        list!.Single().GetProperty("agreementVersion").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task a_returned_agreement_goes_back_to_its_drafter_with_the_comments_and_can_be_edited()
    {
        var id = await Api.DraftAsync(Guid.NewGuid());
        using var @operator = Api.Operator;
        using var verifier = Api.Verifier;
        (await @operator.PostAsync($"/api/agreements/{id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await verifier.PostAsJsonAsync($"/api/agreements/{id}/return", new { comments = "Target TW IV terlalu rendah." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var returned = await Api.GetAsync(id);
        returned.GetProperty("status").GetString().ShouldBe("Returned");
        returned.GetProperty("returnComments").GetString().ShouldBe("Target TW IV terlalu rendah.");

        using var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/agreements/{id}/draft") { Content = JsonContent.Create(new JsonObject { ["content"] = ContentWithIds(returned, 40_000) }) };
        edit.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{await Api.VersionAsync(id)}\""));
        using var edited = await @operator.SendAsync(edit);
        edited.StatusCode.ShouldBe(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        (await Api.GetAsync(id)).GetProperty("status").GetString().ShouldBe("Draft");
    }

    [Fact]
    public async Task ministry_users_see_counts_by_status_per_region()
    {
        await Api.InForceAsync(Guid.NewGuid());
        using var ministry = Api.Ministry;

        var counts = await ministry.GetFromJsonAsync<JsonElement>("/api/agreements/counts?year=2025");

        counts.GetProperty("64.02").GetProperty("InForce").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        using var @operator = Api.Operator;
        (await @operator.GetAsync("/api/agreements/counts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    /// <summary>MassTransit's serializer writes decimals as strings, to keep their precision; either form is read.</summary>
    private static decimal Number(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? decimal.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : value.GetDecimal();

    /// <summary>The agreement's content as stored (with its item ids), the fourth quarter's target changed.</summary>
    internal static JsonNode ContentWithIds(JsonElement agreement, decimal q4)
    {
        var content = JsonNode.Parse(agreement.GetProperty("content").GetRawText())!;
        var indicator = content["objectives"]![0]!["indicators"]![0]!;
        indicator["periodTargets"]![3] = new JsonObject { ["value"] = q4 };
        indicator["annualTarget"] = new JsonObject { ["value"] = 75_000 + q4 };
        return content;
    }
}
