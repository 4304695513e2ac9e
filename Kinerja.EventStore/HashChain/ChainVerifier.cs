namespace Kinerja.EventStore.HashChain;

/// <summary>
/// Walks streams in id order and events in version order, recomputing every hash from the stored content.
/// A changed row breaks its own hash, a deleted row leaves a version gap, a forged row breaks its hash or
/// disagrees with the stream's head (version and last hash kept on the streams row).
/// </summary>
internal static class ChainVerifier
{
    public static async Task<ChainVerification> VerifyAsync(NpgsqlDataSource dataSource, string? streamId, CancellationToken cancellationToken)
    {
        // Streams and their events in one ordered walk; a stream without events or events without a stream show as nulls.
        var (streamsSource, eventsSource) = streamId is null
            ? ("event_store.streams", "event_store.events")
            : ("(SELECT * FROM event_store.streams WHERE id = $1)", "(SELECT * FROM event_store.events WHERE stream_id = $1)");
        await using var command = dataSource.CreateCommand($"""
            SELECT coalesce(s.id, e.stream_id), s.version, s.last_hash, e.version, e.type, e.data::text, e.metadata::text, e.recorded_at, e.hash
            FROM {streamsSource} s
            FULL JOIN {eventsSource} e ON e.stream_id = s.id
            ORDER BY coalesce(s.id, e.stream_id) COLLATE "C", e.version
            """);
        if (streamId is not null)
        {
            command.Parameters.AddWithValue(streamId);
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        long streams = 0, events = 0;
        StreamWalk? walk = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetString(0);
            if (walk?.Id != id)
            {
                if (walk?.Finish() is { } broken)
                {
                    return new ChainVerification(streams, events, broken);
                }
                streams++;
                walk = new StreamWalk(id, reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<byte[]>(2));
                if (walk.HeadVersion is null)
                {
                    return new ChainVerification(streams, events, new BrokenLink(id, reader.IsDBNull(3) ? 0 : reader.GetInt64(3),
                        "events exist for a stream the streams table does not know (forged rows?)"));
                }
            }
            if (reader.IsDBNull(3))
            {
                continue;
            }
            events++;
            var problem = walk.Check(reader.GetInt64(3), reader.GetString(4), reader.GetString(5), reader.GetString(6),
                reader.GetFieldValue<DateTimeOffset>(7), reader.GetFieldValue<byte[]>(8));
            if (problem is not null)
            {
                return new ChainVerification(streams, events, problem);
            }
        }
        return new ChainVerification(streams, events, walk?.Finish());
    }

    private sealed class StreamWalk(string id, long? headVersion, byte[]? headHash)
    {
        private long _version;
        private byte[] _hash = [];

        public string Id => id;
        public long? HeadVersion => headVersion;

        public BrokenLink? Check(long version, string type, string data, string metadata, DateTimeOffset recordedAt, byte[] storedHash)
        {
            if (version != _version + 1)
            {
                return new BrokenLink(id, _version + 1, version > _version + 1
                    ? $"version {_version + 1} is missing (the next stored is {version}): an event was deleted"
                    : $"version {version} is stored twice");
            }
            var expected = EventDigest.Chain(_hash, id, version, type, data, metadata, recordedAt);
            if (!expected.AsSpan().SequenceEqual(storedHash))
            {
                return new BrokenLink(id, version, "the stored hash does not match the event's content and the previous hash: the event was altered or forged");
            }
            _version = version;
            _hash = storedHash;
            return null;
        }

        public BrokenLink? Finish()
        {
            if (headVersion != _version)
            {
                return new BrokenLink(id, Math.Min(headVersion ?? 0, _version) + 1, $"the stream's head says version {headVersion} but its events end at version {_version}");
            }
            if (!_hash.AsSpan().SequenceEqual(headHash))
            {
                return new BrokenLink(id, _version, "the stream's head hash differs from its last event's hash");
            }
            return null;
        }
    }
}
