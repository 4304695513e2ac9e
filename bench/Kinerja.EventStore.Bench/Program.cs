using System.Diagnostics;
using System.Globalization;
using Kinerja.AppHost.Resources;
using Kinerja.EventStore;
using Kinerja.EventStore.Bench;

// Event store figures beside raw Npgsql/MassTransit on the same rows, on a durable (fsync on) PostgreSQL.
// Usage: dotnet run -c Release --project bench/Kinerja.EventStore.Bench [-- --quick]
var quick = args.Contains("--quick");
var root = Path.Combine(Path.GetTempPath(), $"kinerja-bench-{Guid.NewGuid():N}"[..28]);
Console.WriteLine($"Kinerja.EventStore benchmark{(quick ? " (quick)" : "")} — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {CpuModel()}, {Environment.OSVersion}, .NET {Environment.Version}");
var infrastructure = await LocalInfrastructure.StartAsync(new LocalInfrastructureOptions(root) { Durable = true }, (_, _) => { });
try
{
    await infrastructure.Postgres.CreateDatabasesAsync(["bench_store", "bench_raw"]);
    var bench = new Figures(infrastructure, quick);
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

static string CpuModel() =>
    File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?"
        : "?";

internal static class Format
{
    public static string Rate(double perSecond) => perSecond.ToString("N0", CultureInfo.InvariantCulture) + "/s";
    public static double PerSecond(long count, Stopwatch watch) => count / watch.Elapsed.TotalSeconds;
}
