using System.Data.Common;

namespace Kinerja.EventStore.Reading;

/// <summary>Turns event rows into <see cref="StoredEvent"/>s, streaming: replay never holds a stream in memory.</summary>
internal sealed class EventReader(EventStore store)
{
    public const string Columns = "seq, tx_id, event_id, stream_id, version, type, data, metadata, recorded_at";

    /// <summary>Rows of transactions older than every running one: no earlier position can appear later.</summary>
    /// <remarks>A sub-select, so the snapshot is taken once per query rather than once per row.</remarks>
    public const string SettledOnly = "tx_id < (SELECT (pg_snapshot_xmin(pg_current_snapshot())::text)::bigint)";

    private static readonly JsonSerializerOptions MetadataJson = new(JsonSerializerDefaults.Web);

    public static string SerializeMetadata(EventMetadata metadata) => JsonSerializer.Serialize(metadata, MetadataJson);

    public async Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(string streamId, long fromVersion, long toVersion, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand(
            $"SELECT {Columns} FROM event_store.events WHERE stream_id = $1 AND version BETWEEN $2 AND $3 ORDER BY version");
        command.Parameters.AddWithValue(streamId);
        command.Parameters.AddWithValue(fromVersion);
        command.Parameters.AddWithValue(toVersion);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await ReadAllRowsAsync(reader, cancellationToken);
    }

    public async Task<Aggregated<T>?> AggregateAsync<T>(string streamId, T initial, Func<T, object, T> apply,
        long? atVersion, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand(
            "SELECT version, type, data FROM event_store.events WHERE stream_id = $1 AND version <= $2 AND recorded_at <= $3 ORDER BY version");
        command.Parameters.AddWithValue(streamId);
        command.Parameters.AddWithValue(atVersion ?? long.MaxValue);
        command.Parameters.AddWithValue(asOf ?? DateTimeOffset.MaxValue);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var state = initial;
        var version = 0L;
        while (await reader.ReadAsync(cancellationToken))
        {
            version = reader.GetInt64(0);
            state = apply(state, store.Options.Events.Deserialize(reader.GetString(1), reader.GetString(2), store.Options.Json).Data);
        }
        return version == 0 ? null : new Aggregated<T>(state, version);
    }

    public async Task<EventPage> ReadAllAsync(EventFilter filter, EventPosition after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        return await ReadAllAsync(connection, null, filter, after, limit, cancellationToken);
    }

    public async Task<EventPage> ReadAllAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction,
        EventFilter filter, EventPosition after, int limit, CancellationToken cancellationToken)
    {
        var sql = $"SELECT {Columns} FROM event_store.events WHERE (tx_id, seq) > ($1, $2) AND {SettledOnly}"
            + (filter.Tenant is null ? "" : " AND tenant = $4")
            + (filter.Types is null ? "" : " AND type = ANY($5)")
            + " ORDER BY tx_id, seq LIMIT $3";
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue(after.TransactionId);
        command.Parameters.AddWithValue(after.Sequence);
        command.Parameters.AddWithValue(limit);
        command.Parameters.AddWithValue(filter.Tenant ?? "");
        command.Parameters.AddWithValue(filter.Types?.ToArray() ?? []);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = await ReadAllRowsAsync(reader, cancellationToken, limit);
        return new EventPage(events, events.Count == 0 ? after : events[^1].Position);
    }

    private async Task<List<StoredEvent>> ReadAllRowsAsync(DbDataReader reader, CancellationToken cancellationToken, int expected = 16)
    {
        var events = new List<StoredEvent>(expected);
        string? lastMetadataJson = null;
        EventMetadata? lastMetadata = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            var metadataJson = reader.GetString(7);
            if (metadataJson != lastMetadataJson)
            {
                // Events of one session share their metadata: parse it once.
                lastMetadata = JsonSerializer.Deserialize<EventMetadata>(metadataJson, MetadataJson)!;
                lastMetadataJson = metadataJson;
            }
            var (name, data) = store.Options.Events.Deserialize(reader.GetString(5), reader.GetString(6), store.Options.Json);
            events.Add(new StoredEvent(
                reader.GetGuid(2), reader.GetString(3), reader.GetInt64(4), name, data, lastMetadata!,
                reader.GetFieldValue<DateTimeOffset>(8), new EventPosition(reader.GetInt64(1), reader.GetInt64(0))));
        }
        return events;
    }
}
