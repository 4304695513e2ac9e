namespace Kinerja.EventStore;

/// <summary>The connection and transaction a projection writes in: its writes commit with the events or checkpoint.</summary>
public sealed record ProjectionContext(NpgsqlConnection Connection, NpgsqlTransaction Transaction);

/// <summary>Runs inside the append transaction: the read model is never behind the events, and a failure rolls both back.</summary>
public interface IInlineProjection
{
    Task ApplyAsync(IReadOnlyList<StoredEvent> events, ProjectionContext context, CancellationToken cancellationToken);
}

/// <summary>
/// Runs behind the writers, in global order, one batch per transaction together with its checkpoint.
/// Writes to the store's database are therefore applied once; anything else must be idempotent
/// (delivery is at least once).
/// </summary>
public interface IAsyncProjection
{
    /// <summary>Stable name: the checkpoint and the leader lock are keyed by it.</summary>
    string Name { get; }
    Task ApplyAsync(IReadOnlyList<StoredEvent> events, ProjectionContext context, CancellationToken cancellationToken);
    /// <summary>Forgets everything before a rebuild from the first event.</summary>
    Task ResetAsync(ProjectionContext context, CancellationToken cancellationToken);
}
