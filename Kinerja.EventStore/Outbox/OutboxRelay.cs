using Kinerja.EventStore.Projections;
using Kinerja.EventStore.Reading;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kinerja.EventStore.Outbox;

/// <summary>
/// Publishes outbox rows through MassTransit (publisher confirms, bounded wait) and marks them sent.
/// Runs in one instance at a time (leader lock). Wakes on <c>LISTEN event_store_outbox</c>, polls as a fallback.
/// Rows are taken in commit-safe global order; rows of one ordering key are published one after another,
/// each only after the previous was confirmed, so a failure holds back the rest of that key until a retry.
/// A crash between publish and mark republishes with the same MessageId: consumers dedupe with the inbox.
/// </summary>
public sealed class OutboxRelay(EventStore store, IPublishEndpoint publisher, ILogger<OutboxRelay>? logger = null) : BackgroundService
{
    private const string Channel = "event_store_outbox";
    private readonly ILogger _logger = logger ?? NullLogger<OutboxRelay>.Instance;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var lease = await LeaderLease.AcquireAsync(store, "outbox", stoppingToken);
                await using var listener = await ListenAsync(stoppingToken);
                // Marking batch N (one UPDATE and a commit) overlaps publishing batch N+1; the read of N+1 skips
                // the rows of N still being marked. At most one mark is in flight, and it is always awaited.
                var marking = Task.CompletedTask;
                Guid[] beingMarked = [];
                try
                {
                    while (true)
                    {
                        var wake = store.OutboxWritten.Next;
                        var batch = await RelayBatchAsync(beingMarked, stoppingToken);
                        await marking;
                        marking = MarkAsync(batch.Sent, batch.Failures);
                        beingMarked = [.. batch.Sent];
                        await lease.RenewIfDueAsync(stoppingToken);
                        if (batch.Sent.Count == 0 || batch.Failures.Count > 0)
                        {
                            await marking;
                            beingMarked = [];
                            if (batch.Failures.Count > 0)
                            {
                                _logger.LogWarning("Outbox relay: {Failed} message(s) failed to publish; first error: {Error}",
                                    batch.Failures.Count, batch.Failures[0].Error);
                            }
                            await Signal.WaitAsync(wake, store.Options.PollInterval, stoppingToken);
                        }
                    }
                }
                finally
                {
                    // Messages already out must be marked even when stopping; a lost mark only means a redelivery.
                    await marking.ContinueWith(_ => { }, TaskScheduler.Default);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                _logger.LogError(e, "Outbox relay failed; retrying");
                await Task.Delay(store.Options.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task<Listener> ListenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(store.Options.ConnectionString + ";Pooling=false;Keepalive=5");
        await connection.OpenAsync(cancellationToken);
        connection.Notification += (_, _) => store.OutboxWritten.Pulse();
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }
        return new Listener(connection);
    }

    /// <summary>
    /// Waits for notifications on its own connection until disposed. The wait is bounded (1 s) rather than cancelled:
    /// Npgsql's cancellation callback can race the connection's disposal and throw from inside
    /// <see cref="CancellationTokenSource.Cancel()"/>, i.e. from the host's StopAsync.
    /// </summary>
    private sealed class Listener : IAsyncDisposable
    {
        private readonly NpgsqlConnection _connection;
        private readonly Task _loop;
        private volatile bool _stopping;

        public Listener(NpgsqlConnection connection)
        {
            _connection = connection;
            _loop = Task.Run(async () =>
            {
                try
                {
                    while (!_stopping)
                    {
                        await _connection.WaitAsync(1_000);
                    }
                }
                catch (Exception e) when (e is NpgsqlException or ObjectDisposedException or InvalidOperationException or IOException)
                {
                    // The connection broke: polling carries on until the next leadership.
                }
            });
        }

        public async ValueTask DisposeAsync()
        {
            _stopping = true;
            await _loop;
            await _connection.DisposeAsync();
        }
    }

    /// <summary>One batch, published but not yet marked: the rows confirmed by the broker and those that failed.</summary>
    internal async Task<RelayedBatch> RelayBatchAsync(Guid[] skip, CancellationToken cancellationToken)
    {
        var rows = await ReadUnsentAsync(skip, cancellationToken);
        var batch = new RelayedBatch([], []);
        if (rows.Count == 0)
        {
            return batch;
        }
        var keys = rows.GroupBy(row => row.OrderingKey).Select(async key =>
        {
            foreach (var row in key)
            {
                try
                {
                    await PublishAsync(row, cancellationToken);
                    lock (batch)
                    {
                        batch.Sent.Add(row.Id);
                    }
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    lock (batch)
                    {
                        batch.Failures.Add((row.Id, e.Message));
                    }
                    return;
                }
            }
        });
        try
        {
            await Task.WhenAll(keys);
        }
        catch (OperationCanceledException)
        {
            // Stopping: what was confirmed is still marked by the caller.
            await MarkAsync(batch.Sent, batch.Failures);
            throw;
        }
        return batch;
    }

    internal sealed record RelayedBatch(List<Guid> Sent, List<(Guid Id, string Error)> Failures);

    private async Task PublishAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        var type = store.Options.Messages.TypeOf(row.MessageType);
        var message = JsonSerializer.Deserialize(row.Body, type, store.Options.Json)!;
        var metadata = JsonSerializer.Deserialize<EventMetadata>(row.Headers, HeaderJson)!;
        // Bounded: a broker that neither confirms nor fails must not hold the key forever.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(store.Options.PublishTimeout);
        await publisher.Publish(message, type, Pipe.Execute<PublishContext>(context =>
        {
            context.MessageId = row.Id;
            context.Headers.Set("kinerja-tenant", metadata.Tenant);
            context.Headers.Set("kinerja-actor", metadata.Actor);
            context.Headers.Set("kinerja-correlation-id", metadata.CorrelationId);
            context.Headers.Set("kinerja-causation-id", metadata.CausationId);
        }), timeout.Token);
    }

    private static readonly JsonSerializerOptions HeaderJson = new(JsonSerializerDefaults.Web);

    private async Task<List<OutboxRow>> ReadUnsentAsync(Guid[] skip, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand($"""
            SELECT id, message_type, body::text, headers::text, ordering_key FROM event_store.outbox
            WHERE sent_at IS NULL AND {EventReader.SettledOnly} AND NOT (id = ANY($2))
            ORDER BY tx_id, seq LIMIT $1
            """);
        command.Parameters.AddWithValue(store.Options.OutboxBatchSize);
        command.Parameters.Add(new NpgsqlParameter { Value = skip });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<OutboxRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new OutboxRow(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        }
        return rows;
    }

    private async Task MarkAsync(List<Guid> sent, List<(Guid Id, string Error)> failures)
    {
        if (sent.Count == 0 && failures.Count == 0)
        {
            return;
        }
        await using var batch = store.DataSource.CreateBatch();
        var mark = new NpgsqlBatchCommand("UPDATE event_store.outbox SET sent_at = now(), attempts = attempts + 1 WHERE id = ANY($1)");
        mark.Parameters.Add(new NpgsqlParameter { Value = sent.ToArray() });
        batch.BatchCommands.Add(mark);
        var fail = new NpgsqlBatchCommand("""
            UPDATE event_store.outbox o SET attempts = o.attempts + 1, last_error = f.error
            FROM unnest($1::uuid[], $2::text[]) AS f(id, error) WHERE o.id = f.id
            """);
        fail.Parameters.Add(new NpgsqlParameter { Value = failures.Select(f => f.Id).ToArray() });
        fail.Parameters.Add(new NpgsqlParameter { Value = failures.Select(f => f.Error).ToArray() });
        batch.BatchCommands.Add(fail);
        // Marking must survive the caller's cancellation: the messages are already out.
        await batch.ExecuteNonQueryAsync(CancellationToken.None);
    }

    private sealed record OutboxRow(Guid Id, string MessageType, string Body, string Headers, string OrderingKey);
}
