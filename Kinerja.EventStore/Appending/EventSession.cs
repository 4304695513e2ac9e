using Kinerja.EventStore.HashChain;
using Kinerja.EventStore.Reading;

namespace Kinerja.EventStore;

/// <summary>
/// One command's changes: appends to one or several streams, integration messages for the outbox and,
/// for a consumer, the inbox mark of the message it handles. <see cref="SaveChangesAsync"/> writes all of
/// it in one transaction, with the inline projections, or nothing.
/// </summary>
public sealed class EventSession : IAsyncDisposable
{
    private readonly EventStore _store;
    private readonly EventMetadata _metadata;
    private readonly List<PendingAppend> _appends = [];
    private readonly List<PendingMessage> _messages = [];
    private (Guid MessageId, string Consumer)? _consumed;

    internal EventSession(EventStore store, EventMetadata metadata)
    {
        _store = store;
        _metadata = metadata.WithTrace();
    }

    /// <summary>Starts a new stream; fails with <see cref="ConcurrencyException"/> if it already exists.</summary>
    public EventSession StartStream(string streamId, string streamType, params object[] events) =>
        Add(streamId, streamType, ExpectedVersion.NoStream, events);

    /// <summary>Appends to a stream that must be at <paramref name="expected"/> when the session is saved.</summary>
    public EventSession Append(string streamId, ExpectedVersion expected, params object[] events) =>
        Add(streamId, "", expected, events);

    /// <summary>Writes <paramref name="message"/> to the outbox in the same transaction; the relay publishes it later,
    /// in order with the other messages of <paramref name="orderingKey"/> (default: the session's first stream).</summary>
    public EventSession Enqueue(object message, string? orderingKey = null)
    {
        _messages.Add(new PendingMessage(Guid.CreateVersion7(), _store.Options.Messages.NameOf(message.GetType()), message, orderingKey));
        return this;
    }

    /// <summary>Records that <paramref name="consumer"/> handled <paramref name="messageId"/>: if it already had,
    /// <see cref="SaveChangesAsync"/> writes nothing and returns false.</summary>
    public EventSession MarkConsumed(Guid messageId, string consumer)
    {
        _consumed = (messageId, consumer);
        return this;
    }

    /// <summary>The events written by the last successful save, with their versions.</summary>
    public IReadOnlyList<StoredEvent> Appended { get; private set; } = [];

    /// <summary>Saves everything in one transaction. False only when the inbox mark shows a redelivered message.</summary>
    public async Task<bool> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        var recordedAt = Microseconds(_store.Options.Time.GetUtcNow());
        var metadataJson = EventReader.SerializeMetadata(_metadata);
        await using var connection = await _store.DataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            bool saved;
            if (_appends is [{ Events.Length: 1, Expected.Value: >= 0 } single] && _messages.Count == 0 && _consumed is null
                && _store.Options.InlineProjections.Count == 0)
            {
                // The commonest command: one event on one stream at a known version. One plain statement, no function.
                Appended = await AppendOneAsync(connection, single, metadataJson, recordedAt, cancellationToken);
                saved = true;
            }
            else if (_appends.Count == 1 && _messages.Count == 0 && _consumed is null && _store.Options.InlineProjections.Count == 0)
            {
                // One stream and nothing else: the function call is its own transaction, one round trip.
                await using var command = AppendCommand(_appends[0], metadataJson, recordedAt);
                command.Connection = connection;
                var version = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
                Appended = Describe(_appends[0], version, recordedAt);
                saved = true;
            }
            else
            {
                saved = await SaveInTransactionAsync(connection, metadataJson, recordedAt, cancellationToken);
            }
            if (saved)
            {
                _appends.Clear();
                _messages.Clear();
                _consumed = null;
                _store.EventsCommitted.Pulse();
            }
            return saved;
        }
        catch (PostgresException e) when (e.SqlState == ConcurrencyException.SqlState)
        {
            throw ConcurrencyException.From(e);
        }
    }

    private async Task<bool> SaveInTransactionAsync(NpgsqlConnection connection, string metadataJson, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (_consumed is { } consumed)
        {
            await using var inbox = new NpgsqlCommand(
                "INSERT INTO event_store.inbox (consumer, message_id, consumed_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                connection, transaction);
            inbox.Parameters.AddWithValue(consumed.Consumer);
            inbox.Parameters.AddWithValue(consumed.MessageId);
            inbox.Parameters.AddWithValue(recordedAt);
            if (await inbox.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return false;
            }
        }
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var append in _appends)
        {
            batch.BatchCommands.Add(AppendBatchCommand(append, metadataJson, recordedAt));
        }
        if (_messages.Count > 0)
        {
            batch.BatchCommands.Add(OutboxCommand(metadataJson, recordedAt));
            batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_notify('event_store_outbox', '')"));
        }
        var appended = new List<StoredEvent>();
        // An inbox mark alone (a consumer whose work was saved in earlier transactions) has no batch to run.
        if (batch.BatchCommands.Count > 0)
        {
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            foreach (var append in _appends)
            {
                await reader.ReadAsync(cancellationToken);
                appended.AddRange(Describe(append, reader.GetInt64(0), recordedAt));
                await reader.NextResultAsync(cancellationToken);
            }
        }
        if (appended.Count > 0)
        {
            var context = new ProjectionContext(connection, transaction);
            foreach (var projection in _store.Options.InlineProjections)
            {
                await projection.ApplyAsync(appended, context, cancellationToken);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        Appended = appended;
        if (_messages.Count > 0)
        {
            _store.OutboxWritten.Pulse();
        }
        return true;
    }

    // The stream head moves with "WHERE version = expected" (or is created with ON CONFLICT DO NOTHING), and the event
    // row is inserted only from the head's RETURNING: a stale version writes nothing and draws no sequence number.
    // The hash is EventDigest's encoding: the client frames stream ($10) and type, data, metadata, time ($11); the
    // statement puts the version it assigns between them and hashes after the previous hash.
    private const string EventHash = "sha256({0} || $10 || int8send({1}) || $11)";

    private const string InsertFromHead = """
        INSERT INTO event_store.events (event_id, stream_id, version, type, data, metadata, tenant, recorded_at, hash)
        SELECT $3, $1, head.version, $4, $5::json, $6::json, $8, $7, head.last_hash FROM head
        RETURNING version
        """;

    private static readonly string AppendOneSql = $"""
        WITH head AS (
            UPDATE event_store.streams s SET version = s.version + 1, updated_at = $7,
                last_hash = {string.Format(System.Globalization.CultureInfo.InvariantCulture, EventHash, "s.last_hash", "s.version + 1")}
            WHERE s.id = $1 AND s.version = $2
            RETURNING s.version, s.last_hash)
        {InsertFromHead}
        """;

    private static readonly string StartOneSql = $"""
        WITH head AS (
            INSERT INTO event_store.streams (id, type, tenant, version, last_hash, created_at, updated_at)
            VALUES ($1, $9, $8, 1, {string.Format(System.Globalization.CultureInfo.InvariantCulture, EventHash, "''::bytea", "1::bigint")}, $7, $7)
            ON CONFLICT (id) DO NOTHING
            RETURNING version, last_hash)
        {InsertFromHead}
        """;

    private async Task<List<StoredEvent>> AppendOneAsync(NpgsqlConnection connection, PendingAppend append, string metadataJson,
        DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        var start = append.Expected.Value == 0;
        await using var command = new NpgsqlCommand(start ? StartOneSql : AppendOneSql, connection);
        object[] values = [append.StreamId, append.Expected.Value, append.EventIds[0], append.TypeNames[0], append.Data[0], metadataJson,
            recordedAt, _metadata.Tenant, append.StreamType, EventDigest.Head(append.StreamId),
            EventDigest.Tail(append.TypeNames[0], append.Data[0], metadataJson, recordedAt)];
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
        if (await command.ExecuteScalarAsync(cancellationToken) is long version)
        {
            return Describe(append, version, recordedAt);
        }
        await using var actual = new NpgsqlCommand("SELECT version FROM event_store.streams WHERE id = $1", connection);
        actual.Parameters.Add(new NpgsqlParameter { Value = append.StreamId });
        throw new ConcurrencyException(append.StreamId, append.Expected, await actual.ExecuteScalarAsync(cancellationToken) as long? ?? 0);
    }

    private EventSession Add(string streamId, string streamType, ExpectedVersion expected, object[] events)
    {
        if (events.Length == 0)
        {
            throw new ArgumentException("Append at least one event.", nameof(events));
        }
        if (_appends.Any(append => append.StreamId == streamId))
        {
            throw new InvalidOperationException($"Stream '{streamId}' is already appended to in this session: append all its events at once.");
        }
        var names = new string[events.Length];
        var data = new string[events.Length];
        for (var i = 0; i < events.Length; i++)
        {
            names[i] = _store.Options.Events.NameOf(events[i].GetType());
            data[i] = JsonSerializer.Serialize(events[i], events[i].GetType(), _store.Options.Json);
        }
        var ids = new Guid[events.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = Guid.CreateVersion7();
        }
        _appends.Add(new PendingAppend(streamId, streamType, expected, ids, names, data, events));
        return this;
    }

    private const string AppendSql = "SELECT event_store.append_events($1, $2, $3, $4, $5, $6, $7, $8, $9)";

    private NpgsqlCommand AppendCommand(PendingAppend append, string metadataJson, DateTimeOffset recordedAt)
    {
        var command = new NpgsqlCommand(AppendSql);
        AddAppendParameters(command.Parameters, append, metadataJson, recordedAt);
        return command;
    }

    private NpgsqlBatchCommand AppendBatchCommand(PendingAppend append, string metadataJson, DateTimeOffset recordedAt)
    {
        var command = new NpgsqlBatchCommand(AppendSql);
        AddAppendParameters(command.Parameters, append, metadataJson, recordedAt);
        return command;
    }

    private void AddAppendParameters(NpgsqlParameterCollection parameters, PendingAppend append, string metadataJson, DateTimeOffset recordedAt)
    {
        object[] values = [append.StreamId, append.StreamType, _metadata.Tenant, append.Expected.Value, append.EventIds, append.TypeNames, append.Data, metadataJson, recordedAt];
        foreach (var value in values)
        {
            parameters.Add(new NpgsqlParameter { Value = value });
        }
    }

    private NpgsqlBatchCommand OutboxCommand(string metadataJson, DateTimeOffset recordedAt)
    {
        var defaultKey = _appends.Count > 0 ? _appends[0].StreamId : "";
        var command = new NpgsqlBatchCommand("""
            INSERT INTO event_store.outbox (id, message_type, body, headers, ordering_key, created_at)
            SELECT m.id, m.type, m.body::json, $4::json, m.ordering_key, $5
            FROM unnest($1::uuid[], $2::text[], $3::text[], $6::text[]) AS m(id, type, body, ordering_key)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = _messages.Select(m => m.Id).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = _messages.Select(m => m.TypeName).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = _messages.Select(m => JsonSerializer.Serialize(m.Message, m.Message.GetType(), _store.Options.Json)).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = metadataJson });
        command.Parameters.Add(new NpgsqlParameter { Value = recordedAt });
        command.Parameters.Add(new NpgsqlParameter { Value = _messages.Select(m => m.OrderingKey ?? defaultKey).ToArray() });
        return command;
    }

    private List<StoredEvent> Describe(PendingAppend append, long newVersion, DateTimeOffset recordedAt)
    {
        var first = newVersion - append.Events.Length + 1;
        var events = new List<StoredEvent>(append.Events.Length);
        for (var i = 0; i < append.Events.Length; i++)
        {
            events.Add(new StoredEvent(append.EventIds[i], append.StreamId, first + i, append.TypeNames[i], append.Events[i], _metadata, recordedAt, default));
        }
        return events;
    }

    /// <summary>PostgreSQL keeps microseconds: round here so what the caller holds equals what is stored and hashed.</summary>
    private static DateTimeOffset Microseconds(DateTimeOffset time) => new(time.UtcTicks - time.UtcTicks % 10, TimeSpan.Zero);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed record PendingAppend(string StreamId, string StreamType, ExpectedVersion Expected, Guid[] EventIds, string[] TypeNames, string[] Data, object[] Events);

    private sealed record PendingMessage(Guid Id, string TypeName, object Message, string? OrderingKey);
}
