using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Kinerja.Load;

/// <summary>
/// Where PostgreSQL's time goes, per service database: <c>pg_stat_statements</c>, loaded at server start
/// (<see cref="ServerSettings"/>), created in each service database and reset once the system is up (so the services'
/// migrations are left out), read right after the region-year (before the auditor reads, the baselines and the replay).
/// </summary>
internal static partial class SqlProfile
{
    public const string Extension = "pg_stat_statements";
    public const int Top = 8;

    /// <summary>Whether the PostgreSQL on this machine ships the extension (Debian: in the server package).</summary>
    public static bool Installed =>
        Directory.Exists("/usr/share/postgresql")
        && Directory.GetDirectories("/usr/share/postgresql").Any(d => File.Exists(Path.Combine(d, "extension", $"{Extension}.control")));

    public static IReadOnlyList<string> ServerSettings => [$"shared_preload_libraries={Extension}", $"{Extension}.max=10000"];

    /// <summary>Creates the extension in each service database and resets its counts; the reason when it cannot.</summary>
    public static async Task<string?> PrepareAsync(SystemUnderLoad system)
    {
        try
        {
            foreach (var service in SystemUnderLoad.ServiceNames)
            {
                await using var connection = new NpgsqlConnection(system.Database(service));
                await connection.OpenAsync();
                await using var loaded = new NpgsqlCommand("SELECT current_setting('shared_preload_libraries')", connection);
                if (!((string)(await loaded.ExecuteScalarAsync())!).Contains(Extension, StringComparison.Ordinal))
                {
                    return $"the server was not started with shared_preload_libraries={Extension}";
                }
                await using var create = new NpgsqlCommand($"CREATE EXTENSION IF NOT EXISTS {Extension}", connection);
                await create.ExecuteNonQueryAsync();
            }
            await using (var connection = new NpgsqlConnection(system.Database(SystemUnderLoad.ServiceNames[0])))
            {
                await connection.OpenAsync();
                await using var reset = new NpgsqlCommand($"SELECT {Extension}_reset()", connection);
                await reset.ExecuteNonQueryAsync();
            }
            return null;
        }
        catch (PostgresException e)
        {
            return $"{Extension} could not be used: {e.MessageText}";
        }
    }

    /// <summary>Per service database: its statements' total calls and time, and the top ones by total execution time.</summary>
    public static async Task<Dictionary<string, object>> ReadAsync(SystemUnderLoad system)
    {
        var databases = new Dictionary<string, object>();
        foreach (var service in SystemUnderLoad.ServiceNames)
        {
            await using var connection = new NpgsqlConnection(system.Database(service));
            await connection.OpenAsync();
            const string Own = "FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())";
            await using var totals = new NpgsqlCommand($"SELECT coalesce(sum(calls), 0)::bigint, coalesce(sum(total_exec_time), 0)::float8 {Own}", connection);
            long calls;
            double totalMs;
            await using (var reader = await totals.ExecuteReaderAsync())
            {
                await reader.ReadAsync();
                (calls, totalMs) = (reader.GetInt64(0), reader.GetDouble(1));
            }
            await using var top = new NpgsqlCommand(
                $"SELECT calls, total_exec_time, mean_exec_time, rows, query {Own} ORDER BY total_exec_time DESC LIMIT {Top}", connection);
            var statements = new List<object>();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {service}: {calls:N0} statements, {totalMs / 1000:N1} s executing; top {Top} by total time:"));
            Console.WriteLine("      calls   total ms   mean ms  query");
            await using (var reader = await top.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    var query = Whitespace().Replace(reader.GetString(4), " ").Trim();
                    query = query[..Math.Min(100, query.Length)];
                    var (count, total, mean, rows) = (reader.GetInt64(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetInt64(3));
                    statements.Add(new { calls = count, totalMs = Math.Round(total, 1), meanMs = Math.Round(mean, 3), rows, query });
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count,9:N0} {total,10:N0} {mean,9:0.000}  {query}"));
                }
            }
            databases[service] = new { calls, totalMs = Math.Round(totalMs, 1), top = statements };
        }
        return databases;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
