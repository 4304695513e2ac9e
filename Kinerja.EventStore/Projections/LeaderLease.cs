namespace Kinerja.EventStore.Projections;

/// <summary>
/// Leadership of one runner (a projection, the outbox relay) across instances: a PostgreSQL session advisory
/// lock on a connection kept open for the purpose. If the holder dies its session ends and the lock is free;
/// the holder renews the lease by proving its session is alive and stops leading the moment it is not.
/// </summary>
internal sealed class LeaderLease : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly TimeSpan _renewal;
    private readonly TimeProvider _time;
    private DateTimeOffset _renewAt;

    private LeaderLease(NpgsqlConnection connection, TimeSpan renewal, TimeProvider time)
    {
        _connection = connection;
        _renewal = renewal;
        _time = time;
        _renewAt = time.GetUtcNow() + renewal;
    }

    /// <summary>Waits until this instance holds the lock named <paramref name="name"/>.</summary>
    public static async Task<LeaderLease> AcquireAsync(EventStore store, string name, CancellationToken cancellationToken)
    {
        while (true)
        {
            // Unpooled: the lock lives and dies with this very session.
            var connection = new NpgsqlConnection(store.Options.ConnectionString + ";Pooling=false");
            try
            {
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtextextended($1, 0))", connection);
                command.Parameters.AddWithValue("kinerja-event-store:" + name);
                if ((bool)(await command.ExecuteScalarAsync(cancellationToken))!)
                {
                    return new LeaderLease(connection, store.Options.LeaseRenewal, store.Options.Time);
                }
            }
            catch (NpgsqlException) when (!cancellationToken.IsCancellationRequested)
            {
                // Database unreachable: try again after the pause.
            }
            await connection.DisposeAsync();
            await Task.Delay(store.Options.LeaseRenewal, cancellationToken);
        }
    }

    /// <summary>The backend holding the lock, so tests can end it as a crash would.</summary>
    public int ProcessId => _connection.ProcessID;

    /// <summary>Throws <see cref="LeaseLostException"/> once the lock's session is gone.</summary>
    public async Task RenewIfDueAsync(CancellationToken cancellationToken)
    {
        if (_time.GetUtcNow() < _renewAt)
        {
            return;
        }
        try
        {
            await using var command = new NpgsqlCommand("SELECT 1", _connection);
            await command.ExecuteScalarAsync(cancellationToken);
            _renewAt = _time.GetUtcNow() + _renewal;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            throw new LeaseLostException(e);
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}

internal sealed class LeaseLostException(Exception inner) : Exception("The leader lock's session ended.", inner);
