using Kinerja.EventStore.HashChain;
using Kinerja.EventStore.Reading;
using Kinerja.EventStore.Schema;

namespace Kinerja.EventStore;

/// <summary>
/// A service's history in PostgreSQL: streams of events with a global order, a hash chain per stream,
/// projections, a transactional outbox and an inbox. One instance per database, shared by the process.
/// </summary>
public sealed class EventStore : IAsyncDisposable
{
    public EventStore(EventStoreOptions options)
    {
        Options = options;
        var builder = new NpgsqlDataSourceBuilder(options.ConnectionString);
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            // The same few statements run all day: let Npgsql prepare them.
            builder.ConnectionStringBuilder.MaxAutoPrepare = 32;
        }
        // Pooled sessions carry no state of ours (locks and LISTEN use their own unpooled connections),
        // so skip the reset statements Npgsql would otherwise run on every reuse.
        builder.ConnectionStringBuilder.NoResetOnClose = true;
        DataSource = builder.Build();
        Reader = new EventReader(this);
    }

    public EventStoreOptions Options { get; }
    internal NpgsqlDataSource DataSource { get; }
    internal EventReader Reader { get; }
    internal Signal EventsCommitted { get; } = new();
    internal Signal OutboxWritten { get; } = new();

    /// <summary>Creates or upgrades the schema; safe to call from several processes at once.</summary>
    public Task<int> MigrateAsync(CancellationToken cancellationToken = default) => SchemaMigrator.MigrateAsync(DataSource, cancellationToken);

    /// <summary>A unit of work for one command: appends to any streams, outbox messages, inbox mark, one transaction.</summary>
    public EventSession OpenSession(EventMetadata metadata) => new(this, metadata);

    /// <summary>Events of a stream from <paramref name="fromVersion"/> to <paramref name="toVersion"/>, both included.</summary>
    public Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(string streamId, long fromVersion = 1, long toVersion = long.MaxValue, CancellationToken cancellationToken = default) =>
        Reader.ReadStreamAsync(streamId, fromVersion, toVersion, cancellationToken);

    /// <summary>
    /// Whether <paramref name="consumer"/> has marked <paramref name="messageId"/> consumed: for a consumer that saves its work
    /// in several transactions and marks the message last, so that a redelivery of a handled message does nothing.
    /// </summary>
    public async Task<bool> HasConsumedAsync(Guid messageId, string consumer, CancellationToken cancellationToken = default)
    {
        await using var command = DataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM event_store.inbox WHERE consumer = $1 AND message_id = $2)");
        command.Parameters.AddWithValue(consumer);
        command.Parameters.AddWithValue(messageId);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Folds a stream into <typeparamref name="T"/>: at its latest version, at <paramref name="atVersion"/>, or as it
    /// stood at <paramref name="asOf"/> (events recorded at or before it). Null when no event qualifies.
    /// </summary>
    public Task<Aggregated<T>?> AggregateStreamAsync<T>(string streamId, T initial, Func<T, object, T> apply,
        long? atVersion = null, DateTimeOffset? asOf = null, CancellationToken cancellationToken = default) =>
        Reader.AggregateAsync(streamId, initial, apply, atVersion, asOf, cancellationToken);

    /// <summary>
    /// Events in global order after <paramref name="after"/>, only as far as no running transaction could still add
    /// one before them: a feed that pages with <see cref="EventPage.Next"/> never skips and never stalls.
    /// </summary>
    public Task<EventPage> ReadAllAsync(EventFilter filter, EventPosition after, int limit = 1000, CancellationToken cancellationToken = default) =>
        Reader.ReadAllAsync(filter, after, limit, cancellationToken);

    /// <summary>Recomputes the hash chain of one stream, or of every stream, and reports the first broken link.</summary>
    public Task<ChainVerification> VerifyAsync(string? streamId = null, CancellationToken cancellationToken = default) =>
        ChainVerifier.VerifyAsync(DataSource, streamId, cancellationToken);

    /// <summary>Asks the projection's runner (in whichever instance leads) to start again from the first event.</summary>
    public async Task RebuildProjectionAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var command = DataSource.CreateCommand("""
            INSERT INTO event_store.projection_progress (name, rebuild_requested) VALUES ($1, true)
            ON CONFLICT (name) DO UPDATE SET rebuild_requested = true
            """);
        command.Parameters.AddWithValue(name);
        await command.ExecuteNonQueryAsync(cancellationToken);
        EventsCommitted.Pulse();
    }

    /// <summary>Where a projection stands and which instance runs it.</summary>
    public async Task<ProjectionStatus?> GetProjectionStatusAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var command = DataSource.CreateCommand(
            "SELECT tx_id, seq, owner, rebuild_requested FROM event_store.projection_progress WHERE name = $1");
        command.Parameters.AddWithValue(name);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new ProjectionStatus(name, new EventPosition(reader.GetInt64(0), reader.GetInt64(1)),
                reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetBoolean(3))
            : null;
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}

public sealed record ProjectionStatus(string Name, EventPosition Position, string? Owner, bool RebuildRequested);
