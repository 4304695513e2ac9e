using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.ServiceDefaults.Auth;

namespace Kinerja.SanctionReward.Tests.Api;

/// <summary>Who may object to a decision (the receiver, or an operator for them) and who may decide the objection.</summary>
[Collection(ApiCollection.Name)]
public sealed class Appealing_a_decision(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private const string Nip = "198808082012011008";
    private SanctionRewardApi _api = null!;

    public async Task InitializeAsync() => _api = await SanctionRewardApi.StartAsync(infrastructure);

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Bug_the_receiver_without_an_officials_role_could_not_object_while_any_verifier_could_so_only_the_receiver_or_an_operator_may()
    {
        var id = await ApprovedWarningAsync(Nip);
        var objection = new { reason = "Realisasi TW I belum lengkap." };

        (await Client(new DemoUser("verifier-2", "Verifikator lain", [KinerjaRoles.Verifier], ["64.71"]))
            .PostAsJsonAsync($"/api/decisions/{id}/appeal", objection)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Client(new DemoUser("colleague", "Rekan kerja", [KinerjaRoles.Reviewer], ["64.71"]) { Nip = "199001012015011001" })
            .PostAsJsonAsync($"/api/decisions/{id}/appeal", objection)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Client(new DemoUser("receiver", "Penerima", [], ["64.71"]) { Nip = "199001012015011001" })
            .PostAsJsonAsync($"/api/decisions/{id}/appeal", objection)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "another official's NIP");
        (await Status(id)).GetProperty("appeal").GetString().ShouldBe("None");

        using var filed = await Client(new DemoUser("receiver", "Penerima", [], ["64.71"]) { Nip = Nip })
            .PostAsJsonAsync($"/api/decisions/{id}/appeal", objection);

        filed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Status(id)).GetProperty("appeal").GetString().ShouldBe("Pending");
    }

    [Fact]
    public async Task nobody_decides_an_objection_they_filed_or_one_about_themselves()
    {
        const string nip = "198909092013021009";
        var id = await ApprovedWarningAsync(nip);
        var admin = Client(new DemoUser("admin-1", "Admin", [KinerjaRoles.Admin], ["64.71"]));
        (await admin.PostAsJsonAsync($"/api/decisions/{id}/appeal", new { reason = "Atas permintaan penerima." })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var outcome = new { upheld = true, reason = "Data sudah benar." };

        var own = await admin.PostAsJsonAsync($"/api/decisions/{id}/appeal/decision", outcome);
        own.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("filed");
        (await Client(new DemoUser("verifier-self", "Penerima sebagai verifikator", [KinerjaRoles.Verifier], ["64.71"]) { Nip = nip })
            .PostAsJsonAsync($"/api/decisions/{id}/appeal/decision", outcome)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Status(id)).GetProperty("appeal").GetString().ShouldBe("Pending");

        (await _api.As("verifier", "64.71").PostAsJsonAsync($"/api/decisions/{id}/appeal/decision", outcome)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Status(id)).GetProperty("appeal").GetString().ShouldBe("Upheld");
    }

    private async Task<Guid> ApprovedWarningAsync(string nip)
    {
        await _api.PublishAsync(SanctionRewardApi.Evaluation("64.71", nip, "2026-TW1", 30m, "Sangat Rendah"));
        await _api.PublishAsync(SanctionRewardApi.Evaluation("64.71", nip, "2026-TW2", 35m, "Sangat Rendah"));
        var id = (await _api.DecisionsAsync("64.71", nip, atLeast: 1)).Single().GetProperty("id").GetGuid();
        (await _api.As("verifier", "64.71").PostAsJsonAsync($"/api/decisions/{id}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return id;
    }

    private HttpClient Client(DemoUser user) => _api.Service.CreateClient().WithToken(TestTokens.For(user));

    private Task<JsonElement> Status(Guid id) => _api.As("auditor", "*").GetFromJsonAsync<JsonElement>($"/api/decisions/{id}");
}
