using Kinerja.EventStore.Outbox;

namespace Kinerja.EventStore.Tests.Outbox;

[Collection(InfrastructureCollection.Name)]
public sealed class Relaying_the_outbox(InfrastructureFixture infrastructure)
{
    private static async Task<List<Guid>> SignAsync(EventStore store, string agreementId, int count)
    {
        var markers = new List<Guid>();
        await TestStores.DraftAsync(store, agreementId);
        for (var i = 0; i < count; i++)
        {
            var marker = Guid.NewGuid();
            await using var session = store.OpenSession(TestStores.Operator);
            session.Append(agreementId, i + 1, new TargetRevised("IKU-1", i, "r"));
            session.Enqueue(new AgreementSignedMessage(agreementId, marker));
            await session.SaveChangesAsync();
            markers.Add(marker);
        }
        return markers;
    }

    private static Task<long> UnsentAsync(EventStore store) =>
        TestStores.ScalarAsync<long>(store, "SELECT count(*) FROM event_store.outbox WHERE sent_at IS NULL");

    [Fact]
    public async Task an_enqueued_message_is_published_with_the_outbox_id_as_message_id_and_marked_sent()
    {
        await using var bus = await TestBus.StartAsync(infrastructure);
        await using var store = await TestStores.CreateAsync(infrastructure, options => options.PollInterval = TimeSpan.FromSeconds(30));
        var relay = new OutboxRelay(store, bus.Bus);
        await relay.StartAsync(CancellationToken.None);
        // Let the relay reach its idle wait: the long poll means only the NOTIFY (or signal) can wake it.
        await Task.Delay(500);
        List<Guid> markers;

        // Written by another instance: no in-process signal reaches this relay, only PostgreSQL's NOTIFY.
        await using (var writer = new EventStore(TestStores.Options(store.Options.ConnectionString)))
        {
            markers = await SignAsync(writer, "agreement-out", 3);
        }

        await Eventually.Until(() => Task.FromResult(bus.Received.Count), n => n == 3, what: "3 messages");
        await Eventually.Until(() => UnsentAsync(store), n => n == 0, what: "rows marked sent");
        await relay.StopAsync(CancellationToken.None);
        bus.Received.Select(r => r.Message.Marker).ShouldBe(markers);
        var ids = await TestStores.ScalarAsync<Guid[]>(store, "SELECT array_agg(id ORDER BY seq) FROM event_store.outbox");
        bus.Received.Select(r => r.MessageId).ShouldBe(ids);
    }

    [Fact]
    public async Task a_relay_stopped_mid_batch_loses_nothing_and_keeps_each_streams_order()
    {
        await using var bus = await TestBus.StartAsync(infrastructure);
        await using var store = await TestStores.CreateAsync(infrastructure, options => options.OutboxBatchSize = 10);
        var markers = (await Task.WhenAll(Enumerable.Range(0, 4).Select(s => SignAsync(store, $"agreement-{s}", 40)))).ToList();

        var first = new OutboxRelay(store, bus.Bus);
        await first.StartAsync(CancellationToken.None);
        await Eventually.Until(() => Task.FromResult(bus.Received.Count), n => n >= 20, what: "the relay under way");
        await first.StopAsync(CancellationToken.None);
        var second = new OutboxRelay(store, bus.Bus);
        await second.StartAsync(CancellationToken.None);
        await Eventually.Until(() => UnsentAsync(store), n => n == 0, what: "every row sent");
        await second.StopAsync(CancellationToken.None);
        await Eventually.Until(() => Task.FromResult(bus.Received.Select(r => r.Message.Marker).Distinct().Count()), n => n == 160, what: "all 160 received");

        var ids = (await TestStores.ScalarAsync<Guid[]>(store, "SELECT array_agg(id) FROM event_store.outbox")).ToHashSet();
        bus.Received.ShouldAllBe(r => ids.Contains(r.MessageId));
        foreach (var stream in markers)
        {
            // Redelivery after the stop may repeat a message (same MessageId), never reorder first deliveries.
            var firstSeen = bus.Received.Select(r => r.Message.Marker).Where(stream.Contains).Distinct().ToList();
            firstSeen.ShouldBe(stream);
        }
    }

    [Fact]
    public async Task a_message_that_cannot_be_published_is_retried_and_holds_back_only_its_own_stream()
    {
        await using var bus = await TestBus.StartAsync(infrastructure);
        await using var store = await TestStores.CreateAsync(infrastructure);
        await SignAsync(store, "agreement-ok", 2);
        await SignAsync(store, "agreement-stuck", 2);
        await TestStores.ExecuteAsync(store, "UPDATE event_store.outbox SET message_type = message_type || '-unknown' WHERE ordering_key = 'agreement-stuck'");

        var relay = new OutboxRelay(store, bus.Bus);
        await relay.StartAsync(CancellationToken.None);
        await Eventually.Until(() => TestStores.ScalarAsync<int>(store, "SELECT max(attempts) FROM event_store.outbox WHERE ordering_key = 'agreement-stuck'"),
            attempts => attempts >= 2, what: "retries");
        bus.Received.Select(r => r.Message.AgreementId).ShouldAllBe(id => id == "agreement-ok");
        (await TestStores.ScalarAsync<long>(store, "SELECT count(*) FROM event_store.outbox WHERE ordering_key = 'agreement-stuck' AND attempts > 0")).ShouldBe(1);

        await TestStores.ExecuteAsync(store, "UPDATE event_store.outbox SET message_type = left(message_type, -8)");
        await Eventually.Until(() => UnsentAsync(store), n => n == 0, what: "the stuck stream sent after the fix");
        await relay.StopAsync(CancellationToken.None);
        await Eventually.Until(() => Task.FromResult(bus.Received.Count), n => n == 4, what: "all four");
    }

    [Fact]
    public async Task rows_written_behind_a_failed_message_follow_it_in_order_once_it_goes_through()
    {
        await using var bus = await TestBus.StartAsync(infrastructure);
        await using var store = await TestStores.CreateAsync(infrastructure);
        var stuck = await SignAsync(store, "agreement-late", 2);
        await TestStores.ExecuteAsync(store, "UPDATE event_store.outbox SET message_type = message_type || '-unknown' WHERE ordering_key = 'agreement-late'");
        var relay = new OutboxRelay(store, bus.Bus);
        await relay.StartAsync(CancellationToken.None);
        await Eventually.Until(() => TestStores.ScalarAsync<int>(store, "SELECT max(attempts) FROM event_store.outbox WHERE ordering_key = 'agreement-late'"),
            attempts => attempts >= 1, what: "the first failure");

        // Rows of the failed key written after the relay read past it: they must not overtake the failed ones.
        var later = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var marker = Guid.NewGuid();
            await using var session = store.OpenSession(TestStores.Operator);
            session.Append("agreement-late", 3 + i, new TargetRevised("IKU-1", 10 + i, "r"));
            session.Enqueue(new AgreementSignedMessage("agreement-late", marker));
            await session.SaveChangesAsync();
            later.Add(marker);
        }
        // The relay has gone round (and failed) twice more since: had the later rows overtaken, they would be out now.
        var attempts = await TestStores.ScalarAsync<int>(store, "SELECT max(attempts) FROM event_store.outbox WHERE ordering_key = 'agreement-late'");
        await Eventually.Until(() => TestStores.ScalarAsync<int>(store, "SELECT max(attempts) FROM event_store.outbox WHERE ordering_key = 'agreement-late'"),
            n => n >= attempts + 2, what: "two more retries");
        bus.Received.ShouldBeEmpty();

        await TestStores.ExecuteAsync(store, "UPDATE event_store.outbox SET message_type = left(message_type, -8) WHERE message_type LIKE '%-unknown'");
        await Eventually.Until(() => UnsentAsync(store), n => n == 0, what: "the key sent after the fix");
        await relay.StopAsync(CancellationToken.None);
        bus.Received.Select(r => r.Message.Marker).Distinct().ShouldBe([.. stuck, .. later]);
    }
    /// <summary>Writes <paramref name="perKey"/> messages for each of <paramref name="keys"/> keys, interleaved, several
    /// keys per transaction; returns each key's markers in commit order.</summary>
    private static async Task<Dictionary<string, List<Guid>>> InterleaveAsync(EventStore store, int keys, int perKey, int perTransaction)
    {
        var written = Enumerable.Range(0, keys).ToDictionary(k => $"window-{k}", _ => new List<Guid>());
        for (var t = 0; t * perTransaction < perKey; t++)
        {
            await using var session = store.OpenSession(TestStores.Operator);
            session.StartStream($"window-batch-{t}", "agreement", [new AgreementDrafted("Budi", 2026)]);
            for (var i = 0; i < perTransaction && t * perTransaction + i < perKey; i++)
            {
                foreach (var (key, markers) in written)
                {
                    var marker = Guid.NewGuid();
                    session.Enqueue(new AgreementSignedMessage(key, marker), orderingKey: key);
                    markers.Add(marker);
                }
            }
            await session.SaveChangesAsync();
        }
        return written;
    }

    [Fact]
    public async Task with_several_publishes_in_flight_per_key_each_key_arrives_in_order_exactly_once()
    {
        await using var bus = await TestBus.StartAsync(infrastructure);
        await using var store = await TestStores.CreateAsync(infrastructure, options => options.OutboxKeyWindow = 32);
        var written = await InterleaveAsync(store, keys: 8, perKey: 200, perTransaction: 10);

        var relay = new OutboxRelay(store, bus.Bus);
        await relay.StartAsync(CancellationToken.None);
        await Eventually.Until(() => UnsentAsync(store), n => n == 0, what: "every row sent");
        await relay.StopAsync(CancellationToken.None);
        await Eventually.Until(() => Task.FromResult(bus.Received.Count), n => n >= 1600, what: "all 1,600 received");

        // The consumer takes one message at a time, so what it records is the queue's order.
        foreach (var (key, markers) in written)
        {
            bus.Received.Where(r => r.Message.AgreementId == key).Select(r => r.Message.Marker).ToList().ShouldBe(markers, $"order of {key}");
        }
        bus.Received.Count.ShouldBe(1600);
        (await TestStores.ScalarAsync<long>(store, "SELECT count(*) FROM event_store.outbox WHERE attempts <> 1 OR last_error IS NOT NULL")).ShouldBe(0);
    }

    [Fact]
    public async Task a_message_failing_in_the_middle_of_a_window_stops_its_key_there_and_nothing_behind_it_overtakes()
    {
        await using var bus = await TestBus.StartAsync(infrastructure);
        await using var store = await TestStores.CreateAsync(infrastructure, options => options.OutboxKeyWindow = 32);
        var written = await InterleaveAsync(store, keys: 2, perKey: 60, perTransaction: 60);
        // The 21st message of window-0 cannot be published; the 39 behind it are in the same window.
        var stuck = written["window-0"][20];
        await TestStores.ExecuteAsync(store, $"""
            UPDATE event_store.outbox SET message_type = message_type || '-unknown' WHERE body::jsonb ->> 'marker' = '{stuck}'
            """);

        var relay = new OutboxRelay(store, bus.Bus);
        await relay.StartAsync(CancellationToken.None);
        await Eventually.Until(() => TestStores.ScalarAsync<int>(store, "SELECT max(attempts) FROM event_store.outbox WHERE message_type LIKE '%-unknown'"),
            attempts => attempts >= 3, what: "retries of the stuck message");
        await Eventually.Until(() => Task.FromResult(bus.Received.Count(r => r.Message.AgreementId == "window-1")), n => n == 60, what: "the other key, all of it");
        // Of the stuck key only the 20 before the failure are out, in order; none of the 39 issued behind it overtook it.
        await Eventually.Until(() => Task.FromResult(bus.Received.Count(r => r.Message.AgreementId == "window-0")), n => n >= 20, what: "the 20 before the failure");
        bus.Received.Where(r => r.Message.AgreementId == "window-0").Select(r => r.Message.Marker).Distinct().ShouldBe(written["window-0"][..20]);
        (await TestStores.ScalarAsync<long>(store, "SELECT count(*) FROM event_store.outbox WHERE ordering_key = 'window-0' AND sent_at IS NOT NULL")).ShouldBe(20);

        await TestStores.ExecuteAsync(store, "UPDATE event_store.outbox SET message_type = left(message_type, -8) WHERE message_type LIKE '%-unknown'");
        await Eventually.Until(() => UnsentAsync(store), n => n == 0, what: "the key sent after the fix");
        await relay.StopAsync(CancellationToken.None);
        foreach (var (key, markers) in written)
        {
            bus.Received.Where(r => r.Message.AgreementId == key).Select(r => r.Message.Marker).Distinct().ToList().ShouldBe(markers, $"order of {key}");
        }
    }
}
