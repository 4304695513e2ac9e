namespace Kinerja.EventStore;

/// <summary>
/// Runs a service's own read-model DDL (<c>CREATE SCHEMA/TABLE … IF NOT EXISTS</c>) at start-up. PostgreSQL's
/// <c>IF NOT EXISTS</c> is not safe when two instances run it at the same moment (both see nothing, one gets a unique
/// violation on the catalogue), so the script runs in one transaction behind the transaction-scoped advisory lock the
/// store's own migrations use: the second instance waits, then finds everything there.
/// </summary>
public static class SchemaScript
{
    /// <summary>
    /// SQL that makes <paramref name="table"/>.<paramref name="column"/> plain, uncompressed text (from jsonb, say) once,
    /// and does nothing afterwards. For a JSON document that is only ever written and read whole: jsonb parses it on
    /// every write and prints it on every read, and TOAST compresses a large one — CPU spent for queries never made.
    /// </summary>
    public static string PlainTextColumn(string schema, string table, string column) => $"""
        DO $$ BEGIN
            IF (SELECT data_type FROM information_schema.columns
                WHERE table_schema = '{schema}' AND table_name = '{table}' AND column_name = '{column}') <> 'text' THEN
                ALTER TABLE {schema}.{table} ALTER COLUMN {column} TYPE text;
            END IF;
            IF (SELECT attstorage FROM pg_attribute WHERE attrelid = '{schema}.{table}'::regclass AND attname = '{column}') <> 'e' THEN
                ALTER TABLE {schema}.{table} ALTER COLUMN {column} SET STORAGE EXTERNAL;
            END IF;
        END $$;
        """;

    public static async Task ApplyAsync(NpgsqlDataSource dataSource, string sql, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({Schema.SchemaMigrator.LockKey})", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var command = new NpgsqlCommand(sql, connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
