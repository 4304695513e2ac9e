using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Measurements.Tests.Api;

[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "measurements-demo";
}

/// <summary>The run command's demo: its own broker and database, since the seeding watches region 64.02 as a whole.</summary>
[Collection(DemoCollection.Name)]
public sealed class Seeding_the_demo(InfrastructureFixture infrastructure)
{
    private const string Region = "64.02";

    [Fact]
    public async Task once_the_demo_regions_agreements_arrived_the_first_quarter_is_recorded_and_closed()
    {
        await using var service = new DemoServiceFactory(await infrastructure.CreateDatabaseAsync("demo"), infrastructure.RabbitMqConnectionString);
        using var ministry = service.CreateClient().WithToken(TestTokens.For(People.Ministry));
        var bus = service.Services.GetRequiredService<IBus>();
        foreach (var unit in new[] { "dinkes", "disdik", "dishub" })
        {
            await bus.Publish(Upstream.Signed($"6402-2025-{unit}", Region) with { UnitId = unit });
        }

        var periods = await Eventually.Until(
            async () => await (await ministry.GetAsync($"/api/measurements/regions/{Region}/periods")).OkJsonAsync(),
            p => p.GetProperty("closed").GetArrayLength() > 0, TimeSpan.FromSeconds(60), "TW I closed by the demo");

        periods.GetProperty("closed")[0].GetProperty("period").GetString().ShouldBe("2025-Q1");
        var late = await (await ministry.GetAsync($"/api/measurements/regions/{Region}/late?period=2025-Q1")).OkJsonAsync();
        var progress = late.GetProperty("progress").EnumerateArray().ToArray();
        progress.Length.ShouldBe(3);
        progress.Sum(p => p.GetProperty("due").GetInt32()).ShouldBe(6);
        progress.Sum(p => p.GetProperty("counting").GetInt32()).ShouldBeGreaterThan(0);
        progress.Sum(p => p.GetProperty("notReported").GetInt32()).ShouldBeGreaterThan(0);
    }

    private sealed class DemoServiceFactory(string database, string rabbitMq) : ServiceFactory<MeasurementsService>("measurements", database, rabbitMq)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Demo:Seed", "true");
        }
    }
}
