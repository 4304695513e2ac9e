namespace Kinerja.EventStore.Schema;

/// <summary>
/// Brings the database to the current schema version. Two processes may start at once: a session
/// advisory lock makes the second wait and then find nothing left to do.
/// </summary>
internal static class SchemaMigrator
{
    internal const long LockKey = 0x4B494E45_52534348; // "KINERSCH"

    public static async Task<int> MigrateAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await Execute(connection, null, $"SELECT pg_advisory_lock({LockKey})", cancellationToken);
        try
        {
            await Execute(connection, null, $"""
                CREATE SCHEMA IF NOT EXISTS {Migrations.SchemaName};
                CREATE TABLE IF NOT EXISTS {Migrations.SchemaName}.schema_versions (
                    version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
                """, cancellationToken);
            await using var current = new NpgsqlCommand($"SELECT coalesce(max(version), 0) FROM {Migrations.SchemaName}.schema_versions", connection);
            var version = (int)(await current.ExecuteScalarAsync(cancellationToken))!;
            foreach (var step in Migrations.Steps.Where(step => step.Version > version))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await Execute(connection, transaction, step.Sql, cancellationToken);
                await Execute(connection, transaction,
                    $"INSERT INTO {Migrations.SchemaName}.schema_versions (version) VALUES ({step.Version})", cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                version = step.Version;
            }
            return version;
        }
        finally
        {
            await Execute(connection, null, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
