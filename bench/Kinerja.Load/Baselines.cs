using System.Diagnostics;
using System.Text.Json;
using Kinerja.ServiceDefaults.Messaging;
using MassTransit;
using Npgsql;

namespace Kinerja.Load;

/// <summary>The baseline message of the bus figure: about the size of an <c>AgreementEvaluated</c> body.</summary>
public sealed record LoadBaselinePing(long SentAt, int Number, string Body);

/// <summary>The raw speed of the parts, measured on the same PostgreSQL and RabbitMQ in the same run.</summary>
internal static class Baselines
{
    /// <summary>
    /// MassTransit publishing <paramref name="messages"/> messages directly (16 concurrent publishers, confirms on, as the
    /// services' relay) and one consumer on the same broker receiving them: throughput and publish → consume latency.
    /// </summary>
    public static async Task<Sample> MassTransitAsync(string rabbitMq, int messages)
    {
        var sample = new Sample($"baseline: MassTransit publish → consume ({messages:N0} messages)");
        var received = 0;
        var done = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var broker = RabbitMqAddress.Parse(rabbitMq);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
            {
                host.Username(broker.User);
                host.Password(broker.Password);
                host.PublisherConfirmation = true;
            });
            rabbit.ReceiveEndpoint($"load-baseline-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                endpoint.Handler<LoadBaselinePing>(context =>
                {
                    var now = Stopwatch.GetTimestamp();
                    sample.Add(Sample.Milliseconds(context.Message.SentAt, now));
                    if (Interlocked.Increment(ref received) == messages)
                    {
                        done.TrySetResult(now);
                    }
                    return Task.CompletedTask;
                });
            });
        });
        await bus.StartAsync();
        try
        {
            var body = new string('x', 1200);
            var start = Stopwatch.GetTimestamp();
            const int publishers = 16;
            await Task.WhenAll(Enumerable.Range(0, publishers).Select(p => Task.Run(async () =>
            {
                for (var i = p; i < messages; i += publishers)
                {
                    await bus.Publish(new LoadBaselinePing(Stopwatch.GetTimestamp(), i, body));
                }
            })));
            var end = await done.Task.WaitAsync(TimeSpan.FromMinutes(10));
            sample.Wall = Stopwatch.GetElapsedTime(start, end);
        }
        finally
        {
            await bus.StopAsync();
        }
        return sample;
    }

    /// <summary>
    /// Raw append: <paramref name="rows"/> autocommit prepared INSERTs of a ~700-byte JSON row into a table with only a
    /// bigserial key, from <paramref name="writers"/> connections (as many as the HTTP driver's concurrency).
    /// </summary>
    public static async Task<Sample> RawAppendAsync(string postgresServer, int rows, int writers)
    {
        var database = new NpgsqlConnectionStringBuilder(postgresServer) { Database = "kinerja_agreements" }.ConnectionString;
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("""
                DROP TABLE IF EXISTS load_raw_append;
                CREATE TABLE load_raw_append (seq bigserial PRIMARY KEY, stream_id text NOT NULL, version bigint NOT NULL, type text NOT NULL,
                    data json NOT NULL, metadata json NOT NULL, recorded_at timestamptz NOT NULL)
                """, connection);
            await create.ExecuteNonQueryAsync();
        }
        var data = JsonSerializer.Serialize(new { agreement = "6402-2026-abc", party = "Receiver", signer = "197001011995031001", signerName = new string('n', 40), place = "Tenggarong", contentHash = new string('h', 64), late = false, by = new { subject = "load-operator", name = "Load operator" }, at = DateTime.UtcNow, padding = new string('p', 300) });
        var metadata = """{"actor":"load-operator","tenant":"91.11","correlationId":"4bf92f3577b34da6a3ce929d0e0e4736"}""";
        var sample = new Sample($"baseline: raw INSERT autocommit, {writers} connections");
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            await using var connection = new NpgsqlConnection(database);
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand(
                "INSERT INTO load_raw_append (stream_id, version, type, data, metadata, recorded_at) VALUES ($1, $2, 'agreement.signed.v1', $3::json, $4::json, now())", connection);
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = "" });
            insert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = 0 });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = data });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = metadata });
            await insert.PrepareAsync();
            for (var i = w; i < rows; i += writers)
            {
                ((NpgsqlParameter<string>)insert.Parameters[0]).TypedValue = $"agreement-{i}";
                ((NpgsqlParameter<long>)insert.Parameters[1]).TypedValue = i;
                var one = Stopwatch.GetTimestamp();
                await insert.ExecuteNonQueryAsync();
                sample.Add(Stopwatch.GetElapsedTime(one).TotalMilliseconds);
            }
        })));
        sample.Wall = Stopwatch.GetElapsedTime(start);
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand("DROP TABLE load_raw_append", connection);
            await drop.ExecuteNonQueryAsync();
        }
        return sample;
    }

    /// <summary>
    /// Reading and parsing every stored event of a service's store in global order, as a rebuild reads them: the rate a
    /// replay of that service cannot exceed (the services have no HTTP rebuild endpoint).
    /// </summary>
    public static async Task<(long Events, double Seconds)> ReadAllEventsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT data::text, metadata::text FROM event_store.events ORDER BY tx_id, seq", connection) { CommandTimeout = 600 };
        var watch = Stopwatch.StartNew();
        long events = 0;
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                using var data = JsonDocument.Parse(reader.GetString(0));
                using var metadata = JsonDocument.Parse(reader.GetString(1));
                events++;
            }
        }
        return (events, watch.Elapsed.TotalSeconds);
    }

    /// <summary>The database's size, the size of its own tables (events, outbox, read models, with indexes and TOAST) and its events.</summary>
    public static async Task<(long Bytes, long TableBytes, long Events)> SizeAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT pg_database_size(current_database()),
                   (SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE c.relkind IN ('r', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')),
                   (SELECT count(*) FROM event_store.events)
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }
}
