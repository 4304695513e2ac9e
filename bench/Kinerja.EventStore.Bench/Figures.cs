using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Kinerja.AppHost.Resources;
using Kinerja.EventStore.Outbox;
using Kinerja.EventStore.Projections;
using Kinerja.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;
using NpgsqlTypes;

namespace Kinerja.EventStore.Bench;

internal sealed class Figures(LocalInfrastructure infrastructure, bool quick, IReadOnlySet<string>? only = null, int? keyWindow = null)
{
    /// <summary>The figures by name, for <c>--only</c>.</summary>
    public static readonly string[] Names = ["append1", "append4", "append100", "replay", "relay", "lag"];

    private bool Runs(string name) => only is null || only.Contains(name);

    private readonly List<(string Figure, string Store, string Baseline, string Ratio, string Target, bool Met)> _rows = [];
    private readonly string _storeDb = infrastructure.Postgres.ConnectionString("bench_store");
    private readonly string _rawDb = infrastructure.Postgres.ConnectionString("bench_raw");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private int Singles => quick ? 300 : 8000;
    private int PerWriter => quick ? 150 : 4000;
    private int SliceSize => quick ? 50 : 100;
    private int Warmup => quick ? 20 : 100;
    private int BatchCalls => quick ? 30 : 300;
    private int ReplayEvents => quick ? 100_000 : 1_000_000;
    private int Messages => quick ? 1000 : 5000;
    private TimeSpan LagRun => quick ? TimeSpan.FromSeconds(4) : TimeSpan.FromSeconds(15);

    private EventStore NewStore(Action<EventStoreOptions>? configure = null)
    {
        var options = new EventStoreOptions { ConnectionString = _storeDb };
        options.Events.Register<RealisationRecorded>("measurement.realisation-recorded.v1");
        options.Messages.Register<RealisationRecordedMessage>();
        configure?.Invoke(options);
        return new EventStore(options);
    }

    public async Task RunAsync()
    {
        await using (var store = NewStore())
        {
            await store.MigrateAsync();
        }
        await RawExecuteAsync("""
            CREATE TABLE raw_events (seq bigserial PRIMARY KEY, stream_id text NOT NULL, version bigint NOT NULL, type text NOT NULL,
                data json NOT NULL, metadata json NOT NULL, tenant text NOT NULL, recorded_at timestamptz NOT NULL, hash bytea NOT NULL)
            """);
        if (Runs("append1"))
        {
            await AppendOnePerTransactionAsync(writers: 1, target: 0.8);
        }
        if (Runs("append4"))
        {
            await AppendOnePerTransactionAsync(writers: 4, target: 0.7);
        }
        if (Runs("append100"))
        {
            await AppendHundredPerCallAsync();
        }
        if (Runs("replay"))
        {
            await ReplayAndRebuildAsync();
        }
        if (Runs("relay"))
        {
            await RelayAsync();
        }
        if (Runs("lag"))
        {
            await LagAsync();
        }
    }

    private void Add(string figure, double store, double baseline, double target, string unit = "/s")
    {
        var ratio = store / baseline;
        _rows.Add((figure, Show(store, unit), Show(baseline, unit), ratio.ToString("0.00", CultureInfo.InvariantCulture),
            target > 0 ? $"≥ {target.ToString("0.0#", CultureInfo.InvariantCulture)}" : "(reference)", ratio >= target));
        Console.WriteLine($"  {figure}: store {Show(store, unit)}, baseline {Show(baseline, unit)}, ratio {ratio:0.00}");
    }

    private void AddAbsolute(string figure, string value, string reference, string target, bool met)
    {
        _rows.Add((figure, value, reference, "-", target, met));
        Console.WriteLine($"  {figure}: {value} ({reference})");
    }

    private static string Show(double value, string unit) => value.ToString("N0", CultureInfo.InvariantCulture) + unit;

    public string Report()
    {
        var text = new StringBuilder();
        text.AppendLine("| Figure | Event store | Baseline | Ratio | Target | Met |");
        text.AppendLine("|---|---:|---:|---:|---|---|");
        foreach (var row in _rows)
        {
            text.AppendLine($"| {row.Figure} | {row.Store} | {row.Baseline} | {row.Ratio} | {row.Target} | {(row.Met ? "yes" : "NO")} |");
        }
        return text.ToString();
    }

    // Store and baseline run in alternating rounds, so load from elsewhere on the machine hits both alike.
    private int Rounds => quick ? 3 : 5;

    // 1 and 2: one event per transaction, store append vs autocommit single-row INSERT. A commit here is mostly the
    // WAL flush, whose time drifts by tens of percent over seconds on this disk; so both sides are warmed up first
    // (JIT, prepared statements, the stream row), then run in many short alternating slices, each side going first in
    // every other slice, and the ratio is of the summed times. The spread of the per-slice ratios is printed beside it.
    private async Task AppendOnePerTransactionAsync(int writers, double target)
    {
        var perWriter = writers == 1 ? Singles : PerWriter;
        var slices = Math.Max(1, perWriter / SliceSize);
        var perSlice = perWriter / slices;
        var tag = Guid.NewGuid().ToString("N")[..6];
        await using var store = NewStore();
        await using var raw = NpgsqlDataSource.Create(_rawDb + ";Max Auto Prepare=8");
        var versions = new long[writers];
        var rawVersions = new long[writers];

        async Task<TimeSpan> StoreSliceAsync(int count)
        {
            var watch = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
            {
                for (var i = 0; i < count; i++)
                {
                    await using var session = store.OpenSession(Payload.Metadata);
                    if (versions[w] == 0)
                    {
                        session.StartStream($"single-{tag}-{w}", "agreement", Payload.Event(i));
                    }
                    else
                    {
                        session.Append($"single-{tag}-{w}", versions[w], Payload.Event(i));
                    }
                    await session.SaveChangesAsync();
                    versions[w]++;
                }
            })));
            return watch.Elapsed;
        }

        async Task<TimeSpan> RawSliceAsync(int count)
        {
            var watch = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
            {
                await using var connection = await raw.OpenConnectionAsync();
                for (var i = 0; i < count; i++)
                {
                    await using var insert = new NpgsqlCommand(
                        "INSERT INTO raw_events (stream_id, version, type, data, metadata, tenant, recorded_at, hash) VALUES ($1, $2, $3, $4::json, $5::json, $6, $7, $8)",
                        connection);
                    AddRawParameters(insert.Parameters, $"single-{tag}-{w}", ++rawVersions[w], i);
                    await insert.ExecuteNonQueryAsync();
                }
            })));
            return watch.Elapsed;
        }

        await StoreSliceAsync(Warmup);
        await RawSliceAsync(Warmup);
        var storeTime = TimeSpan.Zero;
        var rawTime = TimeSpan.Zero;
        var sliceRatios = new List<double>();
        for (var slice = 0; slice < slices; slice++)
        {
            TimeSpan storeSlice, rawSlice;
            if (slice % 2 == 0)
            {
                storeSlice = await StoreSliceAsync(perSlice);
                rawSlice = await RawSliceAsync(perSlice);
            }
            else
            {
                rawSlice = await RawSliceAsync(perSlice);
                storeSlice = await StoreSliceAsync(perSlice);
            }
            storeTime += storeSlice;
            rawTime += rawSlice;
            sliceRatios.Add(rawSlice / storeSlice);
        }
        var total = (long)writers * perSlice * slices;
        var figure = $"append 1 event/tx, {writers} writer{(writers > 1 ? "s on different streams" : "")} vs raw autocommit INSERT";
        Add(figure, total / storeTime.TotalSeconds, total / rawTime.TotalSeconds, target);
        sliceRatios.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    {slices} slices of {perSlice} per writer: slice ratios min {sliceRatios[0]:0.00}, median {sliceRatios[slices / 2]:0.00}, max {sliceRatios[^1]:0.00}"));
    }

    private static readonly string Metadata = JsonSerializer.Serialize(Payload.Metadata, Json);
    private static readonly byte[] FakeHash = new byte[32];

    private static void AddRawParameters(NpgsqlParameterCollection parameters, string stream, long version, int i)
    {
        parameters.AddWithValue(stream);
        parameters.AddWithValue(version);
        parameters.AddWithValue("measurement.realisation-recorded.v1");
        parameters.AddWithValue(JsonSerializer.Serialize(Payload.Event(i), Json));
        parameters.AddWithValue(Metadata);
        parameters.AddWithValue("64.02");
        parameters.AddWithValue(DateTimeOffset.UtcNow);
        parameters.AddWithValue(FakeHash);
    }

    // 3: 100 events per call vs binary COPY of the same 100 rows.
    private async Task AppendHundredPerCallAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        await using var store = NewStore();
        await using var connection = new NpgsqlConnection(_rawDb);
        await connection.OpenAsync();
        var events = Enumerable.Range(0, 100).Select(i => (object)Payload.Event(i)).ToArray();
        var perRound = BatchCalls / Rounds;
        var storeTime = TimeSpan.Zero;
        var rawTime = TimeSpan.Zero;
        for (var round = 0; round < Rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            for (var call = 0; call < perRound; call++)
            {
                await using var session = store.OpenSession(Payload.Metadata);
                session.Append($"batch-{tag}-{round}-{call}", ExpectedVersion.NoStream, events);
                await session.SaveChangesAsync();
            }
            storeTime += watch.Elapsed;

            watch.Restart();
            for (var call = 0; call < perRound; call++)
            {
                await using var copy = await connection.BeginBinaryImportAsync(
                    "COPY raw_events (stream_id, version, type, data, metadata, tenant, recorded_at, hash) FROM STDIN (FORMAT BINARY)");
                var now = DateTimeOffset.UtcNow;
                for (var i = 0; i < 100; i++)
                {
                    await copy.StartRowAsync();
                    await copy.WriteAsync($"batch-{tag}-{round}-{call}", NpgsqlDbType.Text);
                    await copy.WriteAsync((long)i + 1, NpgsqlDbType.Bigint);
                    await copy.WriteAsync("measurement.realisation-recorded.v1", NpgsqlDbType.Text);
                    await copy.WriteAsync(JsonSerializer.Serialize(Payload.Event(i), Json), NpgsqlDbType.Json);
                    await copy.WriteAsync(Metadata, NpgsqlDbType.Json);
                    await copy.WriteAsync("64.02", NpgsqlDbType.Text);
                    await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                    await copy.WriteAsync(FakeHash, NpgsqlDbType.Bytea);
                }
                await copy.CompleteAsync();
            }
            rawTime += watch.Elapsed;
        }
        var total = perRound * Rounds * 100L;
        Add("append 100 events/call vs raw binary COPY", total / storeTime.TotalSeconds, total / rawTime.TotalSeconds, 0.5);
    }

    // 4: replay (read + deserialise + fold) and async projection rebuild over the same events.
    private async Task ReplayAndRebuildAsync()
    {
        await using var store = NewStore();
        var existing = await ScalarAsync<long>(_storeDb, "SELECT count(*) FROM event_store.events");
        var toSeed = ReplayEvents - existing;
        Console.WriteLine($"  seeding {toSeed:N0} events through the store (1,000 per call, 4 writers)...");
        var seedWatch = Stopwatch.StartNew();
        var calls = (int)Math.Ceiling(toSeed / 1000.0);
        var events = Enumerable.Range(0, 1000).Select(i => (object)Payload.Event(i)).ToArray();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            int call;
            while ((call = Interlocked.Increment(ref next)) < calls)
            {
                var count = (int)Math.Min(1000, toSeed - call * 1000L);
                await using var session = store.OpenSession(Payload.Metadata);
                session.Append($"replay-{call}", ExpectedVersion.NoStream, events[..count]);
                await session.SaveChangesAsync();
            }
        })));
        Console.WriteLine($"  seeded in {seedWatch.Elapsed.TotalSeconds:0.0} s");
        var total = await ScalarAsync<long>(_storeDb, "SELECT count(*) FROM event_store.events");

        var replayWatch = Stopwatch.StartNew();
        var position = EventPosition.Start;
        long replayed = 0;
        decimal folded = 0;
        while (true)
        {
            var page = await store.ReadAllAsync(EventFilter.All, position, 2_000);
            if (page.Events.Count == 0)
            {
                break;
            }
            foreach (var e in page.Events)
            {
                folded += ((RealisationRecorded)e.Data).Realisation;
            }
            replayed += page.Events.Count;
            position = page.Next;
        }
        replayWatch.Stop();

        var rawWatch = Stopwatch.StartNew();
        long rawRead = 0;
        await using (var connection = new NpgsqlConnection(_storeDb))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT seq, event_id, stream_id, version, type, data, metadata, recorded_at FROM event_store.events ORDER BY tx_id, seq", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                folded += JsonSerializer.Deserialize<RealisationRecorded>(reader.GetString(5), Json)!.Realisation;
                rawRead++;
            }
        }
        rawWatch.Stop();
        Add($"replay {replayed:N0} events: read + deserialise + fold vs raw reader + deserialise", Format.PerSecond(replayed, replayWatch), Format.PerSecond(rawRead, rawWatch), 0);
        AddAbsolute("replay rate (absolute)", Format.Rate(Format.PerSecond(replayed, replayWatch)), $"{replayed:N0} events, checksum {folded % 1000:0}", "≥ 100,000/s",
            Format.PerSecond(replayed, replayWatch) >= 100_000);

        await RawExecuteOnStoreAsync("CREATE TABLE IF NOT EXISTS bench_counts (stream_id text PRIMARY KEY, events bigint NOT NULL)");
        var projection = new CountPerStream();
        await using var projecting = NewStore(options =>
        {
            options.ProjectionBatchSize = 2000;
            options.AsyncProjections.Add(projection);
        });
        var lastSeq = await ScalarAsync<long>(_storeDb, "SELECT seq FROM event_store.events ORDER BY tx_id DESC, seq DESC LIMIT 1");
        var daemon = new ProjectionDaemon(projecting);
        var rebuildWatch = Stopwatch.StartNew();
        await daemon.StartAsync(CancellationToken.None);
        var limit = Stopwatch.StartNew();
        while ((await projecting.GetProjectionStatusAsync(projection.Name))?.Position.Sequence != lastSeq && limit.Elapsed < TimeSpan.FromMinutes(10))
        {
            await Task.Delay(20);
        }
        rebuildWatch.Stop();
        await daemon.StopAsync(CancellationToken.None);
        var projected = await ScalarAsync<decimal>(_storeDb, "SELECT sum(events) FROM bench_counts");
        AddAbsolute("async projection rebuild from zero", Format.Rate(Format.PerSecond(total, rebuildWatch)),
            $"{projected:N0} events into a per-stream table, batches of 2,000", "≥ 50,000/s", Format.PerSecond(total, rebuildWatch) >= 50_000);
    }

    private sealed class CountPerStream : IAsyncProjection
    {
        public string Name => "bench-counts";

        public async Task ApplyAsync(IReadOnlyList<StoredEvent> events, ProjectionContext context, CancellationToken cancellationToken)
        {
            await using var command = new NpgsqlCommand("""
                INSERT INTO bench_counts SELECT s, count(*) FROM unnest($1::text[]) AS s GROUP BY s
                ON CONFLICT (stream_id) DO UPDATE SET events = bench_counts.events + excluded.events
                """, context.Connection, context.Transaction);
            command.Parameters.Add(new NpgsqlParameter { Value = events.Select(e => e.StreamId).ToArray() });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public async Task ResetAsync(ProjectionContext context, CancellationToken cancellationToken)
        {
            await using var command = new NpgsqlCommand("TRUNCATE bench_counts", context.Connection, context.Transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    // 5: outbox relay vs MassTransit publishing the same messages directly, both with confirms.
    private async Task RelayAsync()
    {
        const int keys = 16;
        var bus = StartBus();
        await bus.StartAsync();
        try
        {
            // Warm MassTransit up (exchange declared, pipeline built) so neither side pays for it.
            await bus.Publish(new RealisationRecordedMessage("warm-up", 0, 0));
            await using var store = NewStore(options =>
            {
                if (keyWindow is { } window)
                {
                    options.OutboxKeyWindow = window;
                }
            });
            var relay = new OutboxRelay(store, bus);
            await relay.StartAsync(CancellationToken.None);
            // Wait until the relay leads and idles, then commit every message in one transaction:
            // the clock then measures relaying, not the relay's start-up or the writers.
            while (await ScalarAsync<long>(_storeDb, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted") == 0)
            {
                await Task.Delay(20);
            }
            await Task.Delay(500);
            // Alternating rounds: JIT tiering and load from elsewhere then favour neither side.
            var perRound = Messages / Rounds;
            var relayTime = TimeSpan.Zero;
            var directTime = TimeSpan.Zero;
            for (var round = 0; round < Rounds; round++)
            {
                await using (var session = store.OpenSession(Payload.Metadata))
                {
                    session.Append($"relay-{Guid.NewGuid():N}", ExpectedVersion.NoStream, Payload.Event(0));
                    for (var i = 0; i < perRound; i++)
                    {
                        session.Enqueue(new RealisationRecordedMessage($"relay-{i % keys}", i, i), orderingKey: $"relay-{i % keys}");
                    }
                    await session.SaveChangesAsync();
                }
                // From commit to every row marked sent: writing the rows is the append figures' business.
                var relayWatch = Stopwatch.StartNew();
                while (await ScalarAsync<long>(_storeDb, "SELECT count(*) FROM event_store.outbox WHERE sent_at IS NULL") > 0 && relayWatch.Elapsed < TimeSpan.FromMinutes(10))
                {
                    await Task.Delay(5);
                }
                relayTime += relayWatch.Elapsed;

                var directWatch = Stopwatch.StartNew();
                await Task.WhenAll(Enumerable.Range(0, keys).Select(key => Task.Run(async () =>
                {
                    for (var i = key; i < perRound; i += keys)
                    {
                        // What the relay sends: the row's id as MessageId and the four metadata headers consumers read.
                        var id = Guid.NewGuid();
                        await bus.Publish(new RealisationRecordedMessage($"relay-{key}", i, i), context =>
                        {
                            context.MessageId = id;
                            context.Headers.Set("kinerja-tenant", Payload.Metadata.Tenant);
                            context.Headers.Set("kinerja-actor", Payload.Metadata.Actor);
                            context.Headers.Set("kinerja-correlation-id", Payload.Metadata.CorrelationId);
                            context.Headers.Set("kinerja-causation-id", Payload.Metadata.CausationId);
                        });
                    }
                })));
                directTime += directWatch.Elapsed;
            }
            await relay.StopAsync(CancellationToken.None);
            var total = (long)perRound * Rounds;
            Add($"outbox relay vs direct MassTransit publish ({total:N0} messages, {keys} ordering keys, confirms, key window {store.Options.OutboxKeyWindow})",
                total / relayTime.TotalSeconds, total / directTime.TotalSeconds, 0.7);
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    private IBusControl StartBus()
    {
        var broker = RabbitMqAddress.Parse(infrastructure.RabbitMq.ConnectionString);
        return Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
        {
            host.Username(broker.User);
            host.Password(broker.Password);
            host.PublisherConfirmation = true;
        }));
    }

    // 6: async projection lag under a steady 1,000 events/s.
    private async Task LagAsync()
    {
        var lags = new ConcurrentBag<double>();
        var projection = new LagProjection(lags);
        await using var store = NewStore(options => options.AsyncProjections.Add(projection));
        // Start at the head: only the events written under load are measured.
        await RawExecuteOnStoreAsync("""
            INSERT INTO event_store.projection_progress (name, tx_id, seq)
            SELECT 'bench-lag', tx_id, seq FROM event_store.events ORDER BY tx_id DESC, seq DESC LIMIT 1
            """);
        var daemon = new ProjectionDaemon(store);
        await daemon.StartAsync(CancellationToken.None);
        const int writers = 4;
        var perWriterInterval = TimeSpan.FromMilliseconds(writers);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var written = 0;
        var start = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; start.Elapsed < LagRun; i++)
            {
                var due = perWriterInterval * i;
                if (due > start.Elapsed)
                {
                    await Task.Delay(due - start.Elapsed);
                }
                await using var session = store.OpenSession(Payload.Metadata);
                session.Append($"lag-{tag}-{w}", ExpectedVersion.Any, Payload.Event(i));
                await session.SaveChangesAsync();
                Interlocked.Increment(ref written);
            }
        })));
        var rate = written / start.Elapsed.TotalSeconds;
        var limit = Stopwatch.StartNew();
        while (lags.Count < written && limit.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(20);
        }
        await daemon.StopAsync(CancellationToken.None);
        var sorted = lags.Order().ToArray();
        var p99 = sorted[(int)Math.Floor(sorted.Length * 0.99)];
        AddAbsolute("async projection lag p99 at a steady write rate", $"{p99:0} ms",
            $"{rate:N0} events/s written for {LagRun.TotalSeconds:0} s; p50 {sorted[sorted.Length / 2]:0} ms, max {sorted[^1]:0} ms", "< 1,000 ms", p99 < 1000);
    }

    private sealed class LagProjection(ConcurrentBag<double> lags) : IAsyncProjection
    {
        public string Name => "bench-lag";

        public Task ApplyAsync(IReadOnlyList<StoredEvent> events, ProjectionContext context, CancellationToken cancellationToken)
        {
            var now = DateTimeOffset.UtcNow;
            foreach (var e in events.Where(e => e.StreamId.StartsWith("lag-", StringComparison.Ordinal)))
            {
                lags.Add((now - e.RecordedAt).TotalMilliseconds);
            }
            return Task.CompletedTask;
        }

        public Task ResetAsync(ProjectionContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private async Task RawExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_rawDb);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task RawExecuteOnStoreAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_storeDb);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
