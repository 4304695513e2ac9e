using System.Diagnostics;
using System.Globalization;
using Kinerja.AppHost.Resources;
using Kinerja.EventStore;
using Kinerja.EventStore.Bench;

// Event store figures beside raw Npgsql/MassTransit on the same rows, on a durable (fsync on) PostgreSQL.
// Usage: dotnet run -c Release --project bench/Kinerja.EventStore.Bench [-- --quick] [--only relay,append4] [--key-window 16] [--no-fsync]
// --only runs the named figures (append1, append4, append100, replay, relay, lag); --key-window sets the relay's
// OutboxKeyWindow (publishes in flight per ordering key, ADR 0043) for this run. --no-fsync is a diagnostic, not the
// figures: PostgreSQL without fsync or synchronous commit, so a commit costs CPU only and the store's own overhead shows.
var quick = args.Contains("--quick");
var durable = !args.Contains("--no-fsync");
var onlyAt = Array.IndexOf(args, "--only");
var only = onlyAt >= 0 && onlyAt + 1 < args.Length ? args[onlyAt + 1].Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet() : null;
if (only?.Except(Figures.Names).FirstOrDefault() is { } unknown)
{
    Console.Error.WriteLine($"Unknown figure '{unknown}' for --only; known: {string.Join(", ", Figures.Names)}");
    return 2;
}
var windowAt = Array.IndexOf(args, "--key-window");
int? keyWindow = windowAt >= 0 && windowAt + 1 < args.Length && int.TryParse(args[windowAt + 1], out var parsed) && parsed > 0 ? parsed : null;
if (windowAt >= 0 && keyWindow is null)
{
    Console.Error.WriteLine("--key-window needs a whole number of at least 1");
    return 2;
}
var root = Path.Combine(Path.GetTempPath(), $"kinerja-bench-{Guid.NewGuid():N}"[..28]);
Console.WriteLine($"Kinerja.EventStore benchmark{(quick ? " (quick)" : "")}{(durable ? "" : " (NO FSYNC: diagnostic only)")} — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {CpuModel()}, {Environment.OSVersion}, .NET {Environment.Version}");
var infrastructure = await LocalInfrastructure.StartAsync(new LocalInfrastructureOptions(root) { Durable = durable }, (_, _) => { });
try
{
    await infrastructure.Postgres.CreateDatabasesAsync(["bench_store", "bench_raw"]);
    var bench = new Figures(infrastructure, quick, only, keyWindow);
    await bench.RunAsync();
    Console.WriteLine();
    Console.WriteLine(bench.Report());
}
finally
{
    await infrastructure.DisposeAsync();
    Npgsql.NpgsqlConnection.ClearAllPools();
    try
    {
        Directory.Delete(root, true);
    }
    catch (IOException)
    {
        // Left for the OS to clean /tmp.
    }
}
return 0;

static string CpuModel() =>
    File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?"
        : "?";

internal static class Format
{
    public static string Rate(double perSecond) => perSecond.ToString("N0", CultureInfo.InvariantCulture) + "/s";
    public static double PerSecond(long count, Stopwatch watch) => count / watch.Elapsed.TotalSeconds;
}
