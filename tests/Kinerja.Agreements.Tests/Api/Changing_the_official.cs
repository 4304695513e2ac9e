using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kinerja.Agreements.Tests.Api;

/// <summary>A change of official: the predecessor's agreement closes, the newcomer's draft carries the remaining targets.</summary>
[Collection(ApiCollection.Name)]
public sealed class Changing_the_official(InfrastructureFixture infrastructure) : InARegion(infrastructure)
{
    private const string Exchange = "kinerja.agreements.official-changed.v1";

    private BusProbe _probe = null!;

    protected override async Task ArrangeAsync()
    {
        _probe = await BusProbe.StartAsync(Infrastructure.RabbitMqConnectionString, Exchange);
    }

    protected override async Task CleanUpAsync()
    {
        await _probe.DisposeAsync();
    }

    [Fact]
    public async Task the_predecessors_agreement_closes_at_the_handover_and_the_newcomers_draft_keeps_only_the_remaining_quarters()
    {
        var id = await Api.InForceAsync(Guid.NewGuid());
        using var @operator = Api.Operator;
        (await @operator.PostAsJsonAsync("/api/regions/64.02/officials", new { nip = "197305152000031004", name = "dr. Budi Santoso, M.Kes", rank = "Pembina Tingkat I (IV/b)" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        using var response = await @operator.PostAsJsonAsync($"/api/agreements/{id}/change-official", new
        {
            newcomer = "197305152000031004", acting = true, handoverDate = "2025-07-01",
            legalBasis = new { decreeNumber = "821.2/45/BKD/2025", decreeDate = "2025-06-25" },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var successor = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("successorId").GetString()!;
        var closed = await Api.GetAsync(id);
        closed.GetProperty("status").GetString().ShouldBe("Closed");
        closed.GetProperty("closingReason").GetString().ShouldBe("ChangeOfOfficial");
        var draft = await Api.GetAsync(successor);
        draft.GetProperty("status").GetString().ShouldBe("Draft");
        draft.GetProperty("receiver").GetProperty("name").GetString().ShouldBe("dr. Budi Santoso, M.Kes");
        draft.GetProperty("receiver").GetProperty("acting").GetBoolean().ShouldBeTrue();
        var targets = draft.GetProperty("content").GetProperty("objectives")[0].GetProperty("indicators")[0].GetProperty("periodTargets");
        targets[0].ValueKind.ShouldBe(JsonValueKind.Null);
        targets[1].ValueKind.ShouldBe(JsonValueKind.Null);
        targets[2].GetProperty("value").GetDecimal().ShouldBe(30_000m);
        var changed = (await _probe.WaitForAsync(Exchange, m => m.Message.GetProperty("agreementId").GetString() == id)).Single().Message;
        changed.GetProperty("newcomer").GetProperty("nip").GetString().ShouldBe("197305152000031004");
    }
}
