using Kinerja.EventStore.Projections;

namespace Kinerja.EventStore.Tests.Projections;

[Collection(InfrastructureCollection.Name)]
public sealed class Async_projections(InfrastructureFixture infrastructure)
{
    private static async Task AppendManyAsync(EventStore store, string prefix, int streams, int eventsPerStream)
    {
        for (var s = 0; s < streams; s++)
        {
            await using var session = store.OpenSession(TestStores.Operator);
            session.StartStream($"{prefix}-{s}", "agreement",
                [new AgreementDrafted("Budi", 2026), .. Enumerable.Range(0, eventsPerStream - 1).Select(i => new TargetRevised("IKU-1", i, "r"))]);
            await session.SaveChangesAsync();
        }
    }

    private static Task<long> CountAsync(EventStore store, string sql) => TestStores.ScalarAsync<long>(store, sql);

    [Fact]
    public async Task a_projection_that_crashes_mid_batch_and_a_restarted_runner_resume_from_the_checkpoint_without_loss_or_repeat()
    {
        var crashes = 0;
        var projection = new TableProjection("resumable", batch => batch % 3 == 0 && Interlocked.Increment(ref crashes) <= 2);
        await using var store = await TestStores.CreateAsync(infrastructure, options =>
        {
            options.ProjectionBatchSize = 7;
            options.AsyncProjections.Add(projection);
        });
        await projection.CreateTableAsync(store);
        await AppendManyAsync(store, "agreement", 20, 5);

        var first = new ProjectionDaemon(store);
        await first.StartAsync(CancellationToken.None);
        await Eventually.Until(() => CountAsync(store, "SELECT count(*) FROM projected_resumable"), n => n >= 40, what: "first runner's progress");
        await first.StopAsync(CancellationToken.None);

        await AppendManyAsync(store, "agreement-late", 4, 5);
        var second = new ProjectionDaemon(store);
        await second.StartAsync(CancellationToken.None);
        await Eventually.Until(() => CountAsync(store, "SELECT count(*) FROM projected_resumable"), n => n == 120, what: "all 120 events projected");
        await second.StopAsync(CancellationToken.None);

        crashes.ShouldBeGreaterThanOrEqualTo(2);
        (await CountAsync(store, "SELECT count(*) FROM projected_resumable WHERE times <> 1")).ShouldBe(0);
        (await store.GetProjectionStatusAsync("resumable"))!.Position.Sequence.ShouldBe(await CountAsync(store, "SELECT seq FROM event_store.events ORDER BY tx_id DESC, seq DESC LIMIT 1"));
    }

    [Fact]
    public async Task a_projection_is_rebuilt_from_zero_while_the_service_runs_and_writes()
    {
        var projection = new TableProjection("rebuilt");
        await using var store = await TestStores.CreateAsync(infrastructure, options =>
        {
            options.ProjectionBatchSize = 10;
            options.AsyncProjections.Add(projection);
        });
        await projection.CreateTableAsync(store);
        var daemon = new ProjectionDaemon(store);
        await daemon.StartAsync(CancellationToken.None);
        await AppendManyAsync(store, "agreement", 10, 5);
        await Eventually.Until(() => CountAsync(store, "SELECT count(*) FROM projected_rebuilt"), n => n == 50, what: "first pass");

        await store.RebuildProjectionAsync("rebuilt");
        await AppendManyAsync(store, "agreement-during", 10, 5);

        await Eventually.Until(() => CountAsync(store, "SELECT count(*) FROM projected_rebuilt"), n => n == 100, what: "rebuild and new events");
        await Eventually.Until(async () => (await store.GetProjectionStatusAsync("rebuilt"))!.RebuildRequested, r => !r, what: "rebuild done");
        await daemon.StopAsync(CancellationToken.None);
        (await CountAsync(store, "SELECT count(*) FROM projected_rebuilt WHERE times <> 1")).ShouldBe(0);
    }

    [Fact]
    public async Task only_one_instance_runs_a_projection_and_a_dead_leader_is_replaced()
    {
        var connectionString = await infrastructure.CreateDatabaseAsync("leader");
        var witnessA = new RecordingProjection();
        var witnessB = new RecordingProjection();
        await using var storeA = new EventStore(TestStores.Options(connectionString, o => { o.InstanceName = "instance-a"; o.AsyncProjections.Add(witnessA); }));
        await using var storeB = new EventStore(TestStores.Options(connectionString, o => { o.InstanceName = "instance-b"; o.AsyncProjections.Add(witnessB); }));
        await storeA.MigrateAsync();
        var daemonA = new ProjectionDaemon(storeA);
        await daemonA.StartAsync(CancellationToken.None);
        await Eventually.Until(async () => (await storeA.GetProjectionStatusAsync("witness"))?.Owner, owner => owner == "instance-a", what: "A leads");
        var daemonB = new ProjectionDaemon(storeB);
        await daemonB.StartAsync(CancellationToken.None);

        await AppendManyAsync(storeA, "agreement", 10, 3);
        await Eventually.Until(() => Task.FromResult(witnessA.Seen.Count), n => n == 30, what: "A projects everything");
        witnessB.Seen.ShouldBeEmpty();

        // A dies: its runner stops and its lock session ends, as when the process is killed.
        await TestStores.ExecuteAsync(storeA, """
            SELECT pg_terminate_backend(pid) FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """);
        await daemonA.StopAsync(CancellationToken.None);
        await Eventually.Until(async () => (await storeB.GetProjectionStatusAsync("witness"))?.Owner, owner => owner == "instance-b", what: "B takes over");

        await AppendManyAsync(storeB, "agreement-after", 5, 3);
        await Eventually.Until(() => Task.FromResult(witnessB.Seen.Count), n => n == 15, what: "B projects the new events");
        await daemonB.StopAsync(CancellationToken.None);
        witnessA.Seen.Count.ShouldBe(30);
        witnessA.Seen.Keys.Intersect(witnessB.Seen.Keys).ShouldBeEmpty();
        witnessA.Seen.Values.Concat(witnessB.Seen.Values).ShouldAllBe(times => times == 1);
    }
}
