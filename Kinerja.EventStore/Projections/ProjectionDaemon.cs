using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kinerja.EventStore.Projections;

/// <summary>
/// Runs every async projection of the store, each only where this instance holds its leader lock.
/// A batch is read after the checkpoint, applied and checkpointed in one transaction that also locks the
/// progress row, so even two runners that overlap for a moment cannot apply an event twice.
/// </summary>
public sealed class ProjectionDaemon(EventStore store, ILogger<ProjectionDaemon>? logger = null) : BackgroundService
{
    private readonly ILogger _logger = logger ?? NullLogger<ProjectionDaemon>.Instance;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(store.Options.AsyncProjections.Select(projection => Task.Run(() => RunAsync(projection, stoppingToken), stoppingToken)));

    private async Task RunAsync(IAsyncProjection projection, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var lease = await LeaderLease.AcquireAsync(store, "projection:" + projection.Name, stoppingToken);
                await ClaimAsync(projection.Name, stoppingToken);
                while (true)
                {
                    var wake = store.EventsCommitted.Next;
                    var processed = await ProcessBatchAsync(projection, stoppingToken);
                    await lease.RenewIfDueAsync(stoppingToken);
                    if (processed == 0)
                    {
                        ProjectionMetrics.CaughtUp(projection.Name);
                        await Signal.WaitAsync(wake, store.Options.PollInterval, stoppingToken);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The batch rolled back with its checkpoint: it is retried, here or by the next leader.
                _logger.LogError(e, "Projection {Projection} failed; retrying", projection.Name);
                await Task.Delay(store.Options.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task ClaimAsync(string name, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand("""
            INSERT INTO event_store.projection_progress (name, owner) VALUES ($1, $2)
            ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, updated_at = now()
            """);
        command.Parameters.AddWithValue(name);
        command.Parameters.AddWithValue(store.Options.InstanceName);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    internal async Task<int> ProcessBatchAsync(IAsyncProjection projection, CancellationToken cancellationToken)
    {
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var context = new ProjectionContext(connection, transaction);
        EventPosition position;
        bool rebuild;
        await using (var progress = new NpgsqlCommand(
            "SELECT tx_id, seq, rebuild_requested FROM event_store.projection_progress WHERE name = $1 FOR UPDATE", connection, transaction))
        {
            progress.Parameters.AddWithValue(projection.Name);
            await using var reader = await progress.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw new InvalidOperationException($"Projection {projection.Name} has no progress row.");
            }
            position = new EventPosition(reader.GetInt64(0), reader.GetInt64(1));
            rebuild = reader.GetBoolean(2);
        }
        if (rebuild)
        {
            await projection.ResetAsync(context, cancellationToken);
            await SaveProgressAsync(context, projection.Name, EventPosition.Start, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            _logger.LogInformation("Projection {Projection} rebuilds from the first event", projection.Name);
            return 1;
        }
        var page = await store.Reader.ReadAllAsync(connection, transaction, EventFilter.All, position, store.Options.ProjectionBatchSize, cancellationToken);
        if (page.Events.Count == 0)
        {
            return 0;
        }
        await projection.ApplyAsync(page.Events, context, cancellationToken);
        await SaveProgressAsync(context, projection.Name, page.Next, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        ProjectionMetrics.Record(projection.Name, page.Next.Sequence, (store.Options.Time.GetUtcNow() - page.Events[^1].RecordedAt).TotalSeconds);
        return page.Events.Count;
    }

    private static async Task SaveProgressAsync(ProjectionContext context, string name, EventPosition position, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "UPDATE event_store.projection_progress SET tx_id = $2, seq = $3, rebuild_requested = false, updated_at = now() WHERE name = $1",
            context.Connection, context.Transaction);
        command.Parameters.AddWithValue(name);
        command.Parameters.AddWithValue(position.TransactionId);
        command.Parameters.AddWithValue(position.Sequence);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
