using System.Collections.Concurrent;

namespace Kinerja.EventStore.Tests.Support;

/// <summary>Remembers how often it saw each event: the witness of "never skip, never twice".</summary>
public sealed class RecordingProjection(string name = "witness") : IAsyncProjection
{
    public ConcurrentDictionary<Guid, int> Seen { get; } = new();
    public string Name => name;

    public Task ApplyAsync(IReadOnlyList<StoredEvent> events, ProjectionContext context, CancellationToken cancellationToken)
    {
        foreach (var e in events)
        {
            Seen.AddOrUpdate(e.EventId, 1, (_, count) => count + 1);
        }
        return Task.CompletedTask;
    }

    public Task ResetAsync(ProjectionContext context, CancellationToken cancellationToken)
    {
        Seen.Clear();
        return Task.CompletedTask;
    }
}

/// <summary>Writes each event id into a table in the projection's transaction; counts repeats instead of hiding them.</summary>
public sealed class TableProjection(string name, Func<int, bool>? crashAfterWritingBatch = null) : IAsyncProjection
{
    private int _batches;
    public string Name => name;
    public string Table => $"projected_{name}";

    public async Task CreateTableAsync(EventStore store) =>
        await TestStores.ExecuteAsync(store, $"CREATE TABLE {Table} (event_id uuid PRIMARY KEY, times int NOT NULL)");

    public async Task ApplyAsync(IReadOnlyList<StoredEvent> events, ProjectionContext context, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"INSERT INTO {Table} SELECT id, 1 FROM unnest($1::uuid[]) AS id ON CONFLICT (event_id) DO UPDATE SET times = {Table}.times + 1",
            context.Connection, context.Transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = events.Select(e => e.EventId).ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
        if (crashAfterWritingBatch?.Invoke(Interlocked.Increment(ref _batches)) is true)
        {
            throw new InvalidOperationException("The projection crashed after writing, before its checkpoint.");
        }
    }

    public async Task ResetAsync(ProjectionContext context, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"TRUNCATE {Table}", context.Connection, context.Transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
