using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kinerja.EventStore.Tests.Hosting;

[Collection(InfrastructureCollection.Name)]
public sealed class Hosting_the_store(InfrastructureFixture infrastructure)
{
    private static IHost Build(string connectionString, RecordingProjection witness)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddKinerjaEventStore(connectionString, options =>
        {
            options.Events.Register<AgreementDrafted>("agreement.drafted.v1");
            options.AsyncProjections.Add(witness);
            options.PollInterval = TimeSpan.FromMilliseconds(50);
            options.LeaseRenewal = TimeSpan.FromMilliseconds(200);
            options.RunOutboxRelay = false;
        });
        return builder.Build();
    }

    [Fact]
    public async Task two_service_instances_starting_at_once_migrate_the_schema_and_share_one_projection_runner()
    {
        var connectionString = await infrastructure.CreateDatabaseAsync("hosted");
        var witnesses = new[] { new RecordingProjection(), new RecordingProjection() };
        using var first = Build(connectionString, witnesses[0]);
        using var second = Build(connectionString, witnesses[1]);

        await Task.WhenAll(first.StartAsync(), second.StartAsync());
        var store = first.Services.GetRequiredService<EventStore>();
        for (var i = 0; i < 5; i++)
        {
            await using var session = store.OpenSession(TestStores.Operator);
            session.StartStream($"agreement-{i}", "agreement", new AgreementDrafted("Budi", 2026));
            await session.SaveChangesAsync();
        }

        await Eventually.Until(() => Task.FromResult(witnesses.Sum(w => w.Seen.Count)), n => n == 5, what: "the hosted projection");
        await Task.WhenAll(first.StopAsync(), second.StopAsync());
        witnesses.Count(w => w.Seen.Count == 5).ShouldBe(1);
        witnesses.Count(w => w.Seen.IsEmpty).ShouldBe(1);
    }
}
