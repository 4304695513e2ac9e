using System.Collections.Concurrent;
using Kinerja.EventStore.Outbox;
using Kinerja.EventStore.Projections;

namespace Kinerja.EventStore.Tests.Projections;

/// <summary>
/// Inline projection that makes transactions misbehave after their events are inserted (sequence numbers taken):
/// "slow" holds the transaction open, "fail" rolls it back.
/// </summary>
internal sealed class Chaos : IInlineProjection
{
    public ConcurrentBag<Guid> RolledBack { get; } = [];

    public async Task ApplyAsync(IReadOnlyList<StoredEvent> events, ProjectionContext context, CancellationToken cancellationToken)
    {
        var reason = events.OfType<StoredEvent>().Select(e => e.Data).OfType<TargetRevised>().First().Reason;
        if (reason.StartsWith("slow", StringComparison.Ordinal))
        {
            await Task.Delay(int.Parse(reason[5..], System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        }
        else if (reason == "fail")
        {
            foreach (var e in events)
            {
                RolledBack.Add(e.EventId);
            }
            throw new InvalidOperationException("rolled back on purpose");
        }
    }
}

[Collection(InfrastructureCollection.Name)]
public sealed class Never_skip_never_stall(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task parallel_writers_with_rollbacks_and_slow_commits_are_seen_exactly_once_by_projections_and_the_relay()
    {
        await using var bus = await TestBus.StartAsync(infrastructure);
        var chaos = new Chaos();
        var witness = new RecordingProjection();
        await using var store = await TestStores.CreateAsync(infrastructure, options =>
        {
            options.InlineProjections.Add(chaos);
            options.AsyncProjections.Add(witness);
            options.ProjectionBatchSize = 25;
            options.OutboxBatchSize = 25;
            options.PollInterval = TimeSpan.FromMilliseconds(10);
        });
        var daemon = new ProjectionDaemon(store);
        var relay = new OutboxRelay(store, bus.Bus);
        await daemon.StartAsync(CancellationToken.None);
        await relay.StartAsync(CancellationToken.None);
        var committed = new ConcurrentBag<Guid>();
        var committedMarkers = new ConcurrentBag<Guid>();
        var rolledBackMarkers = new ConcurrentBag<Guid>();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            var random = new Random(writer);
            for (var i = 0; i < 40; i++)
            {
                var dice = random.NextDouble();
                var kind = dice < 0.2 ? "fail" : dice < 0.4 ? $"slow:{random.Next(20, 150)}" : "normal";
                var marker = Guid.NewGuid();
                await using var session = store.OpenSession(TestStores.Operator);
                session.Append($"agreement-{writer}-{i % 3}", ExpectedVersion.Any,
                    Enumerable.Range(0, random.Next(1, 4)).Select(n => (object)new TargetRevised("IKU-1", n, kind)).ToArray());
                session.Enqueue(new AgreementSignedMessage($"agreement-{writer}-{i % 3}", marker));
                try
                {
                    await session.SaveChangesAsync();
                    foreach (var e in session.Appended)
                    {
                        committed.Add(e.EventId);
                    }
                    committedMarkers.Add(marker);
                }
                catch (InvalidOperationException) when (kind == "fail")
                {
                    rolledBackMarkers.Add(marker);
                }
            }
        })));

        await Eventually.Until(() => Task.FromResult(witness.Seen.Count), n => n >= committed.Count, what: $"projection sees {committed.Count} events");
        await Eventually.Until(() => TestStores.ScalarAsync<long>(store, "SELECT count(*) FROM event_store.outbox WHERE sent_at IS NULL"), n => n == 0, what: "outbox drained");
        await Eventually.Until(() => Task.FromResult(bus.Received.Count), n => n >= committedMarkers.Count, what: "relay delivers");
        await relay.StopAsync(CancellationToken.None);
        await daemon.StopAsync(CancellationToken.None);

        chaos.RolledBack.ShouldNotBeEmpty();
        rolledBackMarkers.ShouldNotBeEmpty();
        witness.Seen.Keys.ToHashSet().SetEquals(committed).ShouldBeTrue();
        witness.Seen.Values.ShouldAllBe(times => times == 1);
        witness.Seen.Keys.Intersect(chaos.RolledBack).ShouldBeEmpty();
        bus.Received.Select(r => r.Message.Marker).Order().ShouldBe(committedMarkers.Order());
        bus.Received.Select(r => r.MessageId).Distinct().Count().ShouldBe(bus.Received.Count);
        rolledBackMarkers.Intersect(bus.Received.Select(r => r.Message.Marker)).ShouldBeEmpty();
    }
}
