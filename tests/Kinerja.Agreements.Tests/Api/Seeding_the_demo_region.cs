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
    }
}
