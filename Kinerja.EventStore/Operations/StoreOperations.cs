using Kinerja.EventStore.Reading;

namespace Kinerja.EventStore.Operations;

/// <summary>What an operator needs to know about one store: outbox backlog, projection lag, inbox size (ADR 0020).</summary>
/// <param name="Events">Committed events: the sum of every stream's version.</param>
/// <param name="Head">Position of the last settled event (what readers see last), null in an empty store.</param>
public sealed record StoreStatus(OutboxBacklog Outbox, IReadOnlyList<ProjectionLag> Projections, long InboxSize, long Events, string? Head);

/// <param name="Pending">Rows not yet confirmed by the broker.</param>
/// <param name="OldestAgeSeconds">Age of the oldest pending row, null when none is pending.</param>
/// <param name="LastError">The last publish error of a pending row, if any.</param>
public sealed record OutboxBacklog(long Pending, double? OldestAgeSeconds, long FailedAttempts, string? LastError);

/// <param name="Behind">Committed events after the projection's position: 0 when it has caught up.</param>
public sealed record ProjectionLag(string Name, string Position, long Behind, string? Owner, bool RebuildRequested);

public static class StoreOperations
{
    /// <summary>Reads the store's operational figures in one round trip per table; nothing is locked.</summary>
    public static async Task<StoreStatus> GetStatusAsync(this EventStore store, CancellationToken cancellationToken = default)
    {
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        OutboxBacklog outbox;
        await using (var command = new NpgsqlCommand("""
            SELECT count(*), extract(epoch FROM now() - min(created_at))::float8, coalesce(sum(attempts), 0)::bigint,
                   (SELECT last_error FROM event_store.outbox WHERE sent_at IS NULL AND last_error IS NOT NULL ORDER BY seq DESC LIMIT 1)
            FROM event_store.outbox WHERE sent_at IS NULL
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            outbox = new OutboxBacklog(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetDouble(1), reader.GetInt64(2),
                reader.IsDBNull(3) ? null : reader.GetString(3));
        }

        // Neither figure reads the events table through: the count is the sum of the stream heads' versions (one row per
        // stream), the head one step back along the global-order key. Both stay cheap as the history grows.
        long events;
        await using (var command = new NpgsqlCommand("SELECT coalesce(sum(version), 0)::bigint FROM event_store.streams", connection))
        {
            events = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        string? head = null;
        await using (var command = new NpgsqlCommand(
            $"SELECT tx_id, seq FROM event_store.events WHERE {EventReader.SettledOnly} ORDER BY tx_id DESC, seq DESC LIMIT 1", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                head = new EventPosition(reader.GetInt64(0), reader.GetInt64(1)).ToString();
            }
        }

        var names = store.Options.AsyncProjections.Select(p => p.Name).ToArray();
        var projections = new List<ProjectionLag>();
        await using (var command = new NpgsqlCommand($"""
            SELECT n.name, coalesce(p.tx_id, 0), coalesce(p.seq, 0), p.owner, coalesce(p.rebuild_requested, false),
                   (SELECT count(*) FROM event_store.events e WHERE (e.tx_id, e.seq) > (coalesce(p.tx_id, 0), coalesce(p.seq, 0)) AND {EventReader.SettledOnly})
            FROM unnest($1::text[]) AS n(name) LEFT JOIN event_store.projection_progress p ON p.name = n.name
            ORDER BY n.name
            """, connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = names });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                projections.Add(new ProjectionLag(reader.GetString(0), new EventPosition(reader.GetInt64(1), reader.GetInt64(2)).ToString(),
                    reader.GetInt64(5), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetBoolean(4)));
            }
        }

        long inbox;
        await using (var command = new NpgsqlCommand("SELECT count(*) FROM event_store.inbox", connection))
        {
            inbox = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        return new StoreStatus(outbox, projections, inbox, events, head);
    }
}
