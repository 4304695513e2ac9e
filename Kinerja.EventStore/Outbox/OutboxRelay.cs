using System.Diagnostics.CodeAnalysis;
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
/// Rows are taken in commit-safe global order; rows of one ordering key are handed to the channel one after another
/// with up to <see cref="EventStoreOptions.OutboxKeyWindow"/> confirms outstanding (ADR 0043), and marked sent only as a
/// confirmed prefix, so a failure holds back the rest of that key until a retry.
/// A crash between publish and mark republishes with the same MessageId: consumers dedupe with the inbox.
/// </summary>
public sealed class OutboxRelay(EventStore store, IPublishEndpoint publisher, ILogger<OutboxRelay>? logger = null) : BackgroundService
{
    private const string Channel = "event_store_outbox";
    private readonly ILogger _logger = logger ?? NullLogger<OutboxRelay>.Instance;
    private readonly EventStore _store = store;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var lease = await LeaderLease.AcquireAsync(_store, "outbox", stoppingToken);
                await using var listener = await ListenAsync(stoppingToken);
                await new Pipeline(this, stoppingToken).RunAsync(lease);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                _logger.LogError(e, "Outbox relay failed; retrying");
                await Task.Delay(_store.Options.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task<Listener> ListenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(_store.Options.ConnectionString + ";Pooling=false;Keepalive=5");
        await connection.OpenAsync(cancellationToken);
        connection.Notification += (_, _) => _store.OutboxWritten.Pulse();
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

    /// <summary>
    /// The leader's relaying, as a stream rather than batch by batch (ADR 0041): rows are read in commit-safe order into
    /// one queue per ordering key; each key's queue is published by its own worker, each message handed to the channel
    /// after the previous one, with a window of confirms outstanding (ADR 0043); confirmed rows are marked sent in the background. Reading tops the queues up when half the window is free,
    /// skipping the rows still in flight (read, not yet marked), so no key waits for the slowest key of a batch.
    /// A failed message stops its key: its queue is dropped (the rows stay unsent) and the key is skipped for one poll
    /// interval, then read again from its first unsent row — order per key is kept.
    /// </summary>
    private sealed class Pipeline(OutboxRelay relay, CancellationToken stoppingToken)
    {
        private readonly object _gate = new();
        private readonly HashSet<Guid> _inFlight = [];
        private readonly Dictionary<string, Queue<OutboxRow>> _queues = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DateTimeOffset> _blockedUntil = new(StringComparer.Ordinal);
        private readonly HashSet<string> _draining = new(StringComparer.Ordinal);
        private readonly List<Task> _workers = [];
        private List<Guid> _confirmed = [];
        private List<(Guid Id, string Error)> _failures = [];
        private readonly Signal _progress = new();
        // Where the last read stopped; rows after it are new. _rescan: some unsent row behind it is not in flight.
        private EventPosition _cursor = EventPosition.Start;
        private bool _rescan;
        private int Window => relay._store.Options.OutboxBatchSize;

        public async Task RunAsync(LeaderLease lease)
        {
            try
            {
                while (true)
                {
                    var wake = relay._store.OutboxWritten.Next;
                    var progress = _progress.Next;
                    // Marking first: what is confirmed leaves the window before the window is topped up.
                    var (marked, failed) = await MarkAsync();
                    int room;
                    bool rescan;
                    Guid[] skip = [];
                    EventPosition after;
                    lock (_gate)
                    {
                        room = Window - _inFlight.Count;
                        after = _cursor;
                        // Behind the cursor every unsent row is in flight, unless a key failed or a row was left: then
                        // read from the start again, skipping what is in flight (ADR 0042).
                        rescan = _rescan;
                        if (room >= Window / 2 && rescan)
                        {
                            skip = [.. _inFlight];
                            _rescan = false;
                        }
                    }
                    var read = 0;
                    if (room >= Window / 2)
                    {
                        var (returned, taken) = await relay.ReadUnsentAsync(rescan ? EventPosition.Start : after, skip, room,
                            row => Dispatch(row, rescan), stoppingToken);
                        read = taken;
                        if (rescan && returned == room)
                        {
                            // The limit cut the rescan short: rows behind the cursor may still be left.
                            lock (_gate)
                            {
                                _rescan = true;
                            }
                        }
                    }
                    await lease.RenewIfDueAsync(stoppingToken);
                    bool busy;
                    lock (_gate)
                    {
                        busy = _inFlight.Count > 0;
                    }
                    if (failed.Count > 0)
                    {
                        relay._logger.LogWarning("Outbox relay: {Failed} message(s) failed to publish; first error: {Error}",
                            failed.Count, failed[0].Error);
                    }
                    if (busy)
                    {
                        // Work in flight: come back when every key is done, one fails, a quarter window is confirmed, or soon.
                        await Signal.WaitAsync(Task.WhenAny(progress, wake), TimeSpan.FromMilliseconds(50), stoppingToken);
                    }
                    else if (read == 0 && marked == 0)
                    {
                        await Signal.WaitAsync(wake, relay._store.Options.PollInterval, stoppingToken);
                    }
                }
            }
            finally
            {
                Task[] workers;
                lock (_gate)
                {
                    workers = [.. _workers];
                }
                await Task.WhenAll(workers).ContinueWith(_ => { }, TaskScheduler.Default);
                // Messages already out are marked even when stopping; a lost mark only means a redelivery.
                await MarkAsync().ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        /// <summary>Queues one row on its key as soon as it is read, so publishing starts with the first row of a read.
        /// False when the row is left (its key failed lately): it is read again from the start later. A failed key is
        /// only taken up again by a read from the start, so its earlier rows come before its later ones.</summary>
        private bool Dispatch(OutboxRow row, bool rescan)
        {
            var now = relay._store.Options.Time.GetUtcNow();
            lock (_gate)
            {
                if (row.Position > _cursor)
                {
                    _cursor = row.Position;
                }
                if (_draining.Contains(row.OrderingKey))
                {
                    // A failed key still waiting for the publishes it had out: read again from the start later.
                    _rescan = true;
                    return false;
                }
                if (_blockedUntil.TryGetValue(row.OrderingKey, out var until))
                {
                    if (until > now || !rescan)
                    {
                        _rescan = true;
                        return false;
                    }
                    _blockedUntil.Remove(row.OrderingKey);
                }
                if (!_inFlight.Add(row.Id))
                {
                    return false;
                }
                if (_queues.TryGetValue(row.OrderingKey, out var queue))
                {
                    queue.Enqueue(row);
                }
                else
                {
                    _queues[row.OrderingKey] = new Queue<OutboxRow>([row]);
                    _workers.RemoveAll(worker => worker.IsCompleted);
                    _workers.Add(Task.Run(() => PublishKeyAsync(row.OrderingKey), CancellationToken.None));
                }
                return true;
            }
        }

        /// <summary>
        /// Publishes one key's queue with up to <see cref="EventStoreOptions.OutboxKeyWindow"/> publishes unconfirmed
        /// (ADR 0043). Publishes are issued from this one task in row order, each through the key's <see cref="OrderGate"/>;
        /// confirms are taken in the same order, so a row is confirmed (and later marked sent) only after every earlier
        /// row of its key. The first failure stops the key: nothing more is issued, the publishes already issued are
        /// awaited (a confirm after the failed one does not count), and the failed row and all after it stay unsent.
        /// </summary>
        private async Task PublishKeyAsync(string key)
        {
            var keyWindow = Math.Max(1, relay._store.Options.OutboxKeyWindow);
            var gate = new OrderGate(key);
            var issued = new Queue<(OutboxRow Row, Task Publish)>();
            var take = new List<OutboxRow>(keyWindow);
            while (true)
            {
                take.Clear();
                lock (_gate)
                {
                    var queue = _queues[key];
                    while (issued.Count + take.Count < keyWindow && queue.Count > 0)
                    {
                        take.Add(queue.Dequeue());
                    }
                    if (issued.Count == 0 && take.Count == 0)
                    {
                        _queues.Remove(key);
                        if (_queues.Count == 0)
                        {
                            // The last busy key: mark now. (Waking for every key only ran empty reads beside the broker.)
                            _progress.Pulse();
                        }
                        return;
                    }
                }
                foreach (var next in take)
                {
                    // Issued in row order from this one task; the next one only once the channel numbered this one
                    // (or it ended early, e.g. failed): its confirm is awaited later, in order.
                    var index = gate.Issue();
                    var passed = gate.Passed;
                    var sending = relay.PublishAsync(next, gate, index, stoppingToken);
                    issued.Enqueue((next, sending));
                    await Task.WhenAny(passed, sending);
                }
                var (row, publish) = issued.Dequeue();
                try
                {
                    await publish;
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    await FailKeyAsync(key, row, e, issued);
                    return;
                }
                catch (Exception)
                {
                    // Stopping: what is still out is awaited so no publish outlives the relay; unconfirmed rows stay unsent.
                    await Task.WhenAll(issued.Select(i => i.Publish)).ContinueWith(_ => { }, TaskScheduler.Default);
                    return;
                }
                lock (_gate)
                {
                    _confirmed.Add(row.Id);
                    if (_confirmed.Count % Math.Max(1, Window / 4) == 0)
                    {
                        _progress.Pulse();
                    }
                }
            }
        }

        /// <summary>
        /// Stops a key at its first failed row. The key stays draining (rows read for it are left) until every publish
        /// already issued behind the failed one has finished, so none of them can reach the broker after the key's retry
        /// begins; then the failed row and everything after it leave the in-flight set unsent, to be read again in order.
        /// </summary>
        private async Task FailKeyAsync(string key, OutboxRow failed, Exception error, Queue<(OutboxRow Row, Task Publish)> issued)
        {
            List<OutboxRow> dropped;
            lock (_gate)
            {
                _failures.Add((failed.Id, error.Message));
                _draining.Add(key);
                dropped = [failed, .. issued.Select(i => i.Row), .. _queues[key]];
                _queues[key].Clear();
            }
            // Bounded by the publish timeout of each; a confirm that arrives for them now is ignored (republished later).
            await Task.WhenAll(issued.Select(i => i.Publish)).ContinueWith(_ => { }, TaskScheduler.Default);
            lock (_gate)
            {
                foreach (var row in dropped)
                {
                    _inFlight.Remove(row.Id);
                }
                _queues.Remove(key);
                _draining.Remove(key);
                _rescan = true;
                _blockedUntil[key] = relay._store.Options.Time.GetUtcNow() + relay._store.Options.PollInterval;
            }
            _progress.Pulse();
        }

        /// <summary>Marks what was confirmed (and counts what failed); only then do those rows leave the in-flight set.</summary>
        private async Task<(int Marked, List<(Guid Id, string Error)> Failed)> MarkAsync()
        {
            List<Guid> confirmed;
            List<(Guid Id, string Error)> failed;
            lock (_gate)
            {
                (confirmed, _confirmed) = (_confirmed, []);
                (failed, _failures) = (_failures, []);
            }
            await relay.MarkAsync(confirmed, failed);
            lock (_gate)
            {
                foreach (var id in confirmed)
                {
                    _inFlight.Remove(id);
                }
            }
            return (confirmed.Count, failed);
        }
    }

    private async Task PublishAsync(OutboxRow row, OrderGate gate, long index, CancellationToken cancellationToken)
    {
        var type = _store.Options.Messages.TypeOf(row.MessageType);
        var message = JsonSerializer.Deserialize(row.Body, type, _store.Options.Json)!;
        var metadata = JsonSerializer.Deserialize<EventMetadata>(row.Headers, HeaderJson)!;
        // Bounded: a broker that neither confirms nor fails must not hold the key forever.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_store.Options.PublishTimeout);
        await publisher.Publish(message, type, Pipe.Execute<PublishContext>(context =>
        {
            // The key's order is checked (and the next publish released) when the channel numbers this message (ADR 0043).
            // Without RabbitMQ's send context nothing is released early: the key then waits for each confirm.
            if (context.TryGetPayload<RabbitMqSendContext>(out var rabbit))
            {
                rabbit.BasicProperties.Headers = new SequencedHeaders(gate, index);
            }
            context.MessageId = row.Id;
            context.Headers.Set("kinerja-tenant", metadata.Tenant);
            context.Headers.Set("kinerja-actor", metadata.Actor);
            context.Headers.Set("kinerja-correlation-id", metadata.CorrelationId);
            context.Headers.Set("kinerja-causation-id", metadata.CausationId);
        }), timeout.Token);
    }

    private static readonly JsonSerializerOptions HeaderJson = new(JsonSerializerDefaults.Web);

    /// <summary>Reads unsent rows after <paramref name="after"/> in commit-safe order, handing each to <paramref name="take"/>
    /// as it arrives; returns how many rows came and how many were taken.</summary>
    private async Task<(int Returned, int Taken)> ReadUnsentAsync(EventPosition after, Guid[] skip, int limit, Func<OutboxRow, bool> take, CancellationToken cancellationToken)
    {
        await using var command = _store.DataSource.CreateCommand($"""
            SELECT id, message_type, body::text, headers::text, ordering_key, tx_id, seq FROM event_store.outbox
            WHERE sent_at IS NULL AND (tx_id, seq) > ($3, $4) AND {EventReader.SettledOnly} AND NOT (id = ANY($2))
            ORDER BY tx_id, seq LIMIT $1
            """);
        command.Parameters.AddWithValue(limit);
        command.Parameters.Add(new NpgsqlParameter { Value = skip });
        command.Parameters.AddWithValue(after.TransactionId);
        command.Parameters.AddWithValue(after.Sequence);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var (returned, taken) = (0, 0);
        while (await reader.ReadAsync(cancellationToken))
        {
            returned++;
            var row = new OutboxRow(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                new EventPosition(reader.GetInt64(5), reader.GetInt64(6)));
            if (take(row))
            {
                taken++;
            }
        }
        return (returned, taken);
    }

    private async Task MarkAsync(List<Guid> sent, List<(Guid Id, string Error)> failures)
    {
        if (sent.Count == 0 && failures.Count == 0)
        {
            return;
        }
        await using var batch = _store.DataSource.CreateBatch();
        // The batch is one implicit transaction. Its commit need not wait for the WAL flush: a mark lost in a database
        // crash only republishes rows with the same MessageId, which consumers dedupe with the inbox (ADR 0042).
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT set_config('synchronous_commit', 'off', true)"));
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

    /// <summary>
    /// One key's hand-over point to the channel (ADR 0043). MassTransit does not write concurrent publishes in call
    /// order (there are asynchronous hops between <c>Publish</c> and the channel), so the relay issues a key's next
    /// publish only after the channel numbered the previous one (<see cref="Passed"/>, <see cref="SequencedHeaders"/>),
    /// and a message numbered out of turn (a second attempt of the same message, or one after a message that never got
    /// there) throws there, before its frames are written, so it is not sent: the key then stops at it and it is published again in order.
    /// </summary>
    private sealed class OrderGate(string key)
    {
        private long _issued;
        private long _expected;
        private bool _broken;
        private TaskCompletionSource _passed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Numbers the next publish; <see cref="Passed"/> then completes when the channel numbers it.</summary>
        public long Issue()
        {
            lock (this)
            {
                _passed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                return _issued++;
            }
        }

        public Task Passed
        {
            get
            {
                lock (this)
                {
                    return _passed.Task;
                }
            }
        }

        public void Pass(long index)
        {
            lock (this)
            {
                if (_broken || index != _expected)
                {
                    _broken = true;
                    throw new InvalidOperationException(
                        $"Outbox message {index} of key '{key}' reached the channel out of turn (expected {_expected}); it is published again later.");
                }
                _expected++;
                _passed.TrySetResult();
            }
        }
    }

    /// <summary>
    /// The message's RabbitMQ headers, watched for the moment RabbitMQ.Client gives the message its publish sequence
    /// number (header <c>x-dotnet-pub-seq-no</c>): that happens under the channel's confirm semaphore, which is held
    /// until the message's frames are written, so from then on no later publish can get ahead of it on the channel.
    /// </summary>
    private sealed class SequencedHeaders(OrderGate gate, long index) : IDictionary<string, object?>
    {
        private const string SequenceHeader = "x-dotnet-pub-seq-no";
        private readonly Dictionary<string, object?> _inner = new(StringComparer.Ordinal);

        public object? this[string key]
        {
            get => _inner[key];
            set
            {
                if (key == SequenceHeader)
                {
                    gate.Pass(index);
                }
                _inner[key] = value;
            }
        }

        public ICollection<string> Keys => _inner.Keys;
        public ICollection<object?> Values => _inner.Values;
        public int Count => _inner.Count;
        public bool IsReadOnly => false;
        public void Add(string key, object? value) => this[key] = value;
        public void Add(KeyValuePair<string, object?> item) => this[item.Key] = item.Value;
        public void Clear() => _inner.Clear();
        public bool Contains(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)_inner).Contains(item);
        public bool ContainsKey(string key) => _inner.ContainsKey(key);
        public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) => ((ICollection<KeyValuePair<string, object?>>)_inner).CopyTo(array, arrayIndex);
        public bool Remove(string key) => _inner.Remove(key);
        public bool Remove(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)_inner).Remove(item);
        public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => _inner.TryGetValue(key, out value);
        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _inner.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => _inner.GetEnumerator();
    }

    private sealed record OutboxRow(Guid Id, string MessageType, string Body, string Headers, string OrderingKey, EventPosition Position);
}
