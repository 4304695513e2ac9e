using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Hosting;

namespace Kinerja.Agreements.Tests.Api;

/// <summary>The run command's demo seed: Kutai Kartanegara with its 15 units, every unit head's agreement in force.</summary>
[Collection(ApiCollection.Name)]
public sealed class Seeding_the_demo_region(InfrastructureFixture infrastructure)
{
    private sealed class SeededService(string database, string rabbitMq) : ServiceFactory<AgreementsService>("agreements", database, rabbitMq)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Demo:Seed", "true");
        }
    }

    [Fact]
    public async Task a_seeded_start_shows_fifteen_agreements_in_force_in_a_performance_tree_and_a_restart_seeds_nothing_twice()
    {
        var database = await infrastructure.CreateDatabaseAsync("seed");
        var year = DateTime.UtcNow.Year;
        await using (var first = new SeededService(database, infrastructure.RabbitMqConnectionString))
        {
            using var @operator = first.CreateClient().WithToken(TestTokens.For(DemoUser.Find("operator-6402")!));
            var agreements = await @operator.GetFromJsonAsync<JsonElement[]>($"/api/agreements?region=64.02&year={year}");
            agreements!.Length.ShouldBe(15);
            agreements.ShouldAllBe(a => a.GetProperty("status").GetString() == "InForce");
            agreements.Select(a => a.GetProperty("unitName").GetString()).ShouldContain("Dinas Kesehatan");
            // The demo signs on its own calendar, never after today: the two late signers are late once 10 February has passed.
            var lateExpected = DateTime.UtcNow > new DateTime(year, 2, 11, 0, 0, 0, DateTimeKind.Utc) ? 2 : 0;
            agreements.Count(a => a.GetProperty("signedLate").GetBoolean()).ShouldBe(lateExpected);

            var tree = await @operator.GetFromJsonAsync<JsonElement>($"/api/regions/64.02/performance-tree/{year}");
            tree.GetProperty("roots").GetArrayLength().ShouldBe(15);
            tree.GetProperty("roots")[0].GetProperty("indicators").GetArrayLength().ShouldBeGreaterThan(0);
        }
        await using var second = new SeededService(database, infrastructure.RabbitMqConnectionString);
        using var admin = second.CreateClient().WithToken(TestTokens.For(DemoUser.Find("admin")!));

        var regions = await admin.GetFromJsonAsync<JsonElement[]>("/api/regions");
        var all = await admin.GetFromJsonAsync<JsonElement[]>("/api/agreements");

        regions!.Select(r => r.GetProperty("code").GetString()).ShouldBe(["64.02", "64.71"]);
        all!.Length.ShouldBe(15);
        var history = await admin.GetFromJsonAsync<JsonElement[]>($"/api/agreements/6402-{year}-dinkes/history");
        history!.Last().GetProperty("type").GetString().ShouldBe("agreement.came-into-force.v1");

        await WalkTheWorkflowAsTheDemoUsersAsync(second, year);
    }

    /// <summary>The demo's signing parties take a field head's agreement from draft to in force, each acting as themselves.</summary>
    private static async Task WalkTheWorkflowAsTheDemoUsersAsync(SeededService service, int year)
    {
        HttpClient As(string subject) => service.CreateClient().WithToken(TestTokens.For(DemoUser.Find(subject)!));
        using var @operator = As("operator-6402");
        using var head = As("kadinkes-6402");
        using var field = As("kabid-dinkes-6402");
        using var bupati = As("bupati-6402");
        var dinkes = await @operator.GetFromJsonAsync<JsonElement>($"/api/agreements/6402-{year}-dinkes");
        var content = dinkes.GetProperty("agreement").GetProperty("content");
        using var drafted = await @operator.PostAsJsonAsync("/api/agreements", new
        {
            region = "64.02", year, receiverPositionId = "6402-dinkes-kabid",
            content = new { objectives = new[] { new { statement = "Meningkatnya mutu pelayanan kesehatan", indicators = new[] { content.GetProperty("objectives")[0].GetProperty("indicators")[2] } } }, programs = new[] { content.GetProperty("programs")[0] } },
        });
        drafted.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await drafted.Content.ReadAsStringAsync());
        var id = (await drafted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("agreementId").GetString();
        var agreement = (await @operator.GetFromJsonAsync<JsonElement>($"/api/agreements/{id}")).GetProperty("agreement");
        agreement.GetProperty("giver").GetProperty("nip").GetString().ShouldBe(DemoUser.Find("kadinkes-6402")!.Nip);
        agreement.GetProperty("receiver").GetProperty("nip").GetString().ShouldBe(DemoUser.Find("kabid-dinkes-6402")!.Nip);

        (await @operator.PostAsync($"/api/agreements/{id}/submit", null)).EnsureSuccessStatusCode();
        (await bupati.PostAsync($"/api/agreements/{id}/verify", null)).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, "the Bupati, without a NIP, verifies as a verifier of the region");
        var asHimself = await field.PostAsJsonAsync($"/api/agreements/{id}/signatures", new { party = "Giver", signer = DemoUser.Find("kadinkes-6402")!.Nip, place = "Tenggarong" });
        asHimself.StatusCode.ShouldBe(System.Net.HttpStatusCode.Forbidden, "an official signs only as themselves");
        (await field.PostAsJsonAsync($"/api/agreements/{id}/signatures", new { party = "Receiver", signer = DemoUser.Find("kabid-dinkes-6402")!.Nip, place = "Tenggarong" })).EnsureSuccessStatusCode();
        using var signed = await head.PostAsJsonAsync($"/api/agreements/{id}/signatures", new { party = "Giver", signer = DemoUser.Find("kadinkes-6402")!.Nip, place = "Tenggarong" });
        signed.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await signed.Content.ReadAsStringAsync());

        (await @operator.GetFromJsonAsync<JsonElement>($"/api/agreements/{id}")).GetProperty("agreement").GetProperty("status").GetString().ShouldBe("InForce");
    }
}
