namespace Kinerja.EventStore.Tests.HashChain;

[Collection(InfrastructureCollection.Name)]
public sealed class Detecting_tampering(InfrastructureFixture infrastructure)
{
    private async Task<EventStore> StoreWithHistoryAsync()
    {
        var store = await TestStores.CreateAsync(infrastructure);
        foreach (var id in new[] { "agreement-a", "agreement-b", "agreement-c" })
        {
            await TestStores.DraftAsync(store, id, new TargetRevised("IKU-1", 80m, "initial"));
            await using var session = store.OpenSession(TestStores.Operator with { Reason = "signing" });
            session.Append(id, 2, new AgreementSigned(DateTimeOffset.UtcNow));
            await session.SaveChangesAsync();
        }
        return store;
    }

    [Fact]
    public async Task untouched_history_verifies_for_one_stream_and_for_the_whole_store()
    {
        await using var store = await StoreWithHistoryAsync();

        var all = await store.VerifyAsync();
        all.IsIntact.ShouldBeTrue(all.FirstBrokenLink?.ToString());
        all.StreamsChecked.ShouldBe(3);
        all.EventsChecked.ShouldBe(9);
        (await store.VerifyAsync("agreement-b")).ShouldBe(new ChainVerification(1, 3, null));
    }

    [Fact]
    public async Task a_stream_written_one_event_per_call_verifies_and_matches_the_documented_digest()
    {
        // One event per call takes the single-statement path (ADR 0040), whose hash is assembled from parts the client
        // frames: it must chain exactly as the multi-event function and the verifier do.
        await using var store = await TestStores.CreateAsync(infrastructure);
        await using (var start = store.OpenSession(TestStores.Operator))
        {
            await start.StartStream("agreement-one", "agreement", new AgreementDrafted("Budi", 2026)).SaveChangesAsync();
        }
        for (var version = 1; version <= 3; version++)
        {
            await using var session = store.OpenSession(TestStores.Operator with { Reason = $"revision {version}" });
            await session.Append("agreement-one", version, new TargetRevised("IKU-1", 80m + version, "ünïcode ✓")).SaveChangesAsync();
        }

        (await store.VerifyAsync("agreement-one")).ShouldBe(new ChainVerification(1, 4, null));
        var agrees = await TestStores.ScalarAsync<bool>(store, """
            SELECT bool_and(e.hash = sha256(coalesce(p.hash, '\x'::bytea)
                || event_store.event_digest(e.stream_id, e.version, e.type, e.data::text, e.metadata::text, e.recorded_at)))
                AND count(*) = 4
            FROM event_store.events e
            LEFT JOIN event_store.events p ON p.stream_id = e.stream_id AND p.version = e.version - 1
            WHERE e.stream_id = 'agreement-one'
            """);
        agrees.ShouldBeTrue();
    }

    [Fact]
    public async Task the_documented_sql_digest_reproduces_every_stored_hash()
    {
        await using var store = await StoreWithHistoryAsync();

        var agrees = await TestStores.ScalarAsync<bool>(store, """
            SELECT bool_and(e.hash = sha256(coalesce(p.hash, '\x'::bytea)
                || event_store.event_digest(e.stream_id, e.version, e.type, e.data::text, e.metadata::text, e.recorded_at)))
            FROM event_store.events e
            LEFT JOIN event_store.events p ON p.stream_id = e.stream_id AND p.version = e.version - 1
            """);

        agrees.ShouldBeTrue();
    }

    [Fact]
    public async Task an_altered_event_is_reported_at_its_version()
    {
        await using var store = await StoreWithHistoryAsync();
        await TestStores.ExecuteAsync(store, """
            UPDATE event_store.events SET data = '{"indicator":"IKU-1","target":99,"reason":"initial"}'
            WHERE stream_id = 'agreement-b' AND version = 2
            """);

        var result = await store.VerifyAsync();

        result.FirstBrokenLink.ShouldNotBeNull();
        result.FirstBrokenLink.StreamId.ShouldBe("agreement-b");
        result.FirstBrokenLink.Version.ShouldBe(2);
        result.FirstBrokenLink.Problem.ShouldContain("altered");
        (await store.VerifyAsync("agreement-a")).IsIntact.ShouldBeTrue();
        (await store.VerifyAsync("agreement-b")).FirstBrokenLink.ShouldBe(result.FirstBrokenLink);
    }

    [Fact]
    public async Task altered_metadata_or_recorded_time_is_detected()
    {
        await using var store = await StoreWithHistoryAsync();
        await TestStores.ExecuteAsync(store, "UPDATE event_store.events SET metadata = '{\"tenant\":\"64.02\",\"actor\":\"someone else\"}' WHERE stream_id = 'agreement-a' AND version = 1");
        await TestStores.ExecuteAsync(store, "UPDATE event_store.events SET recorded_at = recorded_at - interval '1 day' WHERE stream_id = 'agreement-c' AND version = 3");

        (await store.VerifyAsync("agreement-a")).FirstBrokenLink!.Version.ShouldBe(1);
        (await store.VerifyAsync("agreement-c")).FirstBrokenLink!.Version.ShouldBe(3);
    }

    [Fact]
    public async Task a_deleted_event_is_reported_as_missing()
    {
        await using var store = await StoreWithHistoryAsync();
        await TestStores.ExecuteAsync(store, "DELETE FROM event_store.events WHERE stream_id = 'agreement-c' AND version = 2");

        var result = await store.VerifyAsync();

        result.FirstBrokenLink.ShouldBe(new BrokenLink("agreement-c", 2, result.FirstBrokenLink!.Problem));
        result.FirstBrokenLink.Problem.ShouldContain("deleted");
    }

    [Fact]
    public async Task deleting_the_last_event_is_caught_by_the_stream_head()
    {
        await using var store = await StoreWithHistoryAsync();
        await TestStores.ExecuteAsync(store, "DELETE FROM event_store.events WHERE stream_id = 'agreement-a' AND version = 3");

        var broken = (await store.VerifyAsync()).FirstBrokenLink;

        broken.ShouldNotBeNull();
        (broken.StreamId, broken.Version).ShouldBe(("agreement-a", 3L));
        broken.Problem.ShouldContain("head says version 3");
    }

    [Fact]
    public async Task a_forged_event_with_a_made_up_hash_is_detected()
    {
        await using var store = await StoreWithHistoryAsync();
        await TestStores.ExecuteAsync(store, """
            INSERT INTO event_store.events (event_id, stream_id, version, type, data, metadata, tenant, recorded_at, hash)
            VALUES (gen_random_uuid(), 'agreement-b', 4, 'agreement.target-revised.v1', '{"indicator":"IKU-1","target":1,"reason":"x"}',
                    '{"tenant":"64.02","actor":"forger"}', '64.02', now(), sha256('forged'))
            """);

        var broken = (await store.VerifyAsync()).FirstBrokenLink;

        (broken!.StreamId, broken.Version).ShouldBe(("agreement-b", 4L));
        broken.Problem.ShouldContain("forged");
    }

    [Fact]
    public async Task a_forged_event_with_a_correctly_chained_hash_still_disagrees_with_the_stream_head()
    {
        await using var store = await StoreWithHistoryAsync();
        await TestStores.ExecuteAsync(store, """
            INSERT INTO event_store.events (event_id, stream_id, version, type, data, metadata, tenant, recorded_at, hash)
            SELECT gen_random_uuid(), 'agreement-b', 4, 'agreement.signed.v1', '{"signedAt":"2026-01-01T00:00:00+00:00"}', '{"tenant":"64.02"}', '64.02', t,
                   sha256(s.last_hash || event_store.event_digest('agreement-b', 4, 'agreement.signed.v1', '{"signedAt":"2026-01-01T00:00:00+00:00"}', '{"tenant":"64.02"}', t))
            FROM event_store.streams s, (SELECT date_trunc('second', now()) AS t) time
            WHERE s.id = 'agreement-b'
            """);

        var broken = (await store.VerifyAsync()).FirstBrokenLink;

        (broken!.StreamId, broken.Version).ShouldBe(("agreement-b", 4L));
        broken.Problem.ShouldContain("head says version 3 but its events end at version 4");
    }

    [Fact]
    public async Task events_of_a_stream_that_was_never_created_are_detected()
    {
        await using var store = await StoreWithHistoryAsync();
        await TestStores.ExecuteAsync(store, """
            INSERT INTO event_store.events (event_id, stream_id, version, type, data, metadata, tenant, recorded_at, hash)
            VALUES (gen_random_uuid(), 'agreement-0-ghost', 1, 'agreement.drafted.v1', '{}', '{}', '64.02', now(), sha256('x'))
            """);

        var broken = (await store.VerifyAsync()).FirstBrokenLink;

        broken!.StreamId.ShouldBe("agreement-0-ghost");
        broken.Problem.ShouldContain("forged");
    }
}
