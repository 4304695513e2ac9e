using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Kinerja.Load;
using Kinerja.ServiceDefaults.Auth;

// Region-years through the whole system (issue #10), each figure beside its raw baseline from the same run.
// Usage: dotnet run -c Release --project bench/Kinerja.Load -- --scale 1 --seed 42 --out artifacts/load-1x.json
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

if (options.Growth.Count > 0)
{
    return Growth.Print(options.Growth);
}

var started = DateTime.UtcNow;
var loadAtStart = LoadAverage();
Console.WriteLine($"Kinerja.Load — scale {options.Scale}{(options.Quick ? " (quick)" : "")}, seed {options.Seed}, {started:yyyy-MM-dd HH:mm} UTC");
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {CpuModel()}, {Environment.OSVersion}, .NET {Environment.Version}; load average {loadAtStart}");

// Generate everything first, from the seed alone.
var random = new Random(options.Seed);
var officials = 0;
var regions = Enumerable.Range(0, options.Regions)
    .Select(i => RegionModel.Generate(i, options.Units, options.PositionsPerUnit, random, ref officials, revisionShare: 0.95))
    .ToList();
var agreementCount = regions.Sum(r => r.Agreements.Count);
var indicatorCount = regions.Sum(r => r.Agreements.Sum(a => a.Indicators.Count()));
Console.WriteLine($"Generated {regions.Count} region(s): {regions.Sum(r => r.Units.Count())} units, {agreementCount:N0} agreements, {indicatorCount:N0} indicators → {indicatorCount * 4:N0} quarterly realisations");

var repositoryRoot = RepositoryRoot();
await using var system = options.Attach is { } attach
    ? await SystemUnderLoad.AttachAsync(attach, options.Postgres!, options.RabbitMq!)
    : await SystemUnderLoad.StartAsync(repositoryRoot, demo: false, options.Durable,
        options.SqlProfile && SqlProfile.Installed ? SqlProfile.ServerSettings : []);
// Ctrl-C or SIGTERM: stop the system this run started (services, PostgreSQL, RabbitMQ) before leaving.
void StopOnSignal(System.Runtime.InteropServices.PosixSignalContext context)
{
    context.Cancel = true;
    Console.WriteLine("stopping: signal received, stopping the system");
    system.DisposeAsync().AsTask().Wait(TimeSpan.FromMinutes(2));
    Environment.Exit(130);
}
using var onInt = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, StopOnSignal);
using var onTerm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, StopOnSignal);
Console.WriteLine($"System up: {string.Join(", ", system.Services.Select(s => $"{s.Key} {s.Value.Url} (pid {s.Value.Pid})"))}");

// Profiles: CPU seconds per component per phase, and (when pg_stat_statements loads) the SQL each service runs.
var cpu = await system.CpuProfileAsync();
Console.WriteLine($"CPU profile of: {string.Join(", ", cpu.Components.Select(c => $"{c.Name} (pid {c.Pid}{(c.Tree ? " and below" : "")})"))}, other (rest of the machine); {CpuProfile.TicksPerSecond} ticks/s");
var sqlProfileMissing = !options.SqlProfile ? "turned off (--no-sql-profile)"
    : !SqlProfile.Installed ? $"{SqlProfile.Extension} is not installed (no /usr/share/postgresql/*/extension/{SqlProfile.Extension}.control)"
    : await SqlProfile.PrepareAsync(system);
Console.WriteLine(sqlProfileMissing is null ? $"SQL profile: {SqlProfile.Extension} loaded and reset" : $"SQL profile: not taken — {sqlProfileMissing}");

await using var probe = await EvaluationProbe.StartAsync(system.RabbitMq);
var driver = new Driver(system, options, regions, probe, cpu);
var regionYearCpuStart = cpu.Take();
var regionYear = Stopwatch.StartNew();
await driver.RunAsync();
regionYear.Stop();
var regionYearCpu = cpu.Since(regionYearCpuStart);
Console.WriteLine($"Region-year(s) processed in {regionYear.Elapsed.TotalSeconds:0.0} s ({driver.Realisations:N0} realisations verified, {driver.Evaluations:N0} evaluations and {driver.ReEvaluations:N0} re-evaluations, {driver.Decisions:N0} decisions)");
Console.WriteLine($"  {regionYearCpu}");
Dictionary<string, object>? sql = null;
if (sqlProfileMissing is null)
{
    Console.WriteLine($"SQL profile of the region-year ({SqlProfile.Extension}, per service database)");
    sql = await SqlProfile.ReadAsync(system);
}

// Auditor queries on the volume just made: timeline, as-of and diff of one agreement each, 20 agreements × 5.
var auditor = system.Token("load-auditor", KinerjaRoles.Auditor, [KinerjaClaims.AllRegions]);
var ministry = system.Token("load-ministry", KinerjaRoles.Ministry, [KinerjaClaims.AllRegions]);
var picked = driver.AllAgreements.Where(a => a.Revised && a.Id.Length > 0).Take(20).ToList();
var history = new Sample("auditor: timeline (history) of one agreement");
var asOf = new Sample("auditor: as-of version 3");
var diff = new Sample("auditor: diff first → last version");
for (var round = 0; round < 5; round++)
{
    foreach (var agreement in picked)
    {
        var agreements = system.Url("agreements");
        await TimeAsync(history, $"{agreements}/api/agreements/{agreement.Id}/history", auditor);
        await TimeAsync(asOf, $"{agreements}/api/agreements/{agreement.Id}/as-of?version=3", auditor);
        await TimeAsync(diff, $"{agreements}/api/agreements/{agreement.Id}/diff?from=1&to=8", auditor);
    }
}
// The ministry dashboard's reads (MinistryDashboard.razor): regions, ratings by region, and per region its agreements and who is late.
var year = driver.Year;
var ministryReads = new[]
{
    new Sample("ministry: GET /api/regions"),
    new Sample("ministry: GET /api/ratings/regions?year="),
    new Sample("ministry: GET /api/agreements?region=&year="),
    new Sample("ministry: GET /api/measurements/regions/{r}/late?period="),
    new Sample("ministry: GET /api/agreements/counts?year="),
};
for (var round = 0; round < 20; round++)
{
    var region = regions[round % regions.Count].Code;
    await TimeAsync(ministryReads[0], $"{system.Url("agreements")}/api/regions", ministry);
    await TimeAsync(ministryReads[1], $"{system.Url("evaluations")}/api/ratings/regions?year={year}", ministry);
    await TimeAsync(ministryReads[2], $"{system.Url("agreements")}/api/agreements?region={region}&year={year}", ministry);
    await TimeAsync(ministryReads[3], $"{system.Url("measurements")}/api/measurements/regions/{region}/late?period={year}-Q4", ministry);
    await TimeAsync(ministryReads[4], $"{system.Url("agreements")}/api/agreements/counts?year={year}", ministry);
}
foreach (var s in new[] { history, asOf, diff }.Concat(ministryReads))
{
    Console.WriteLine($"  {s}");
}

// Baselines on the same broker and database.
Console.WriteLine("Baselines (same PostgreSQL, same RabbitMQ, same run)");
var bus = await Baselines.MassTransitAsync(system.RabbitMq, Math.Max(1000, driver.Evaluations));
Console.WriteLine($"  {bus}");
var raw = await Baselines.RawAppendAsync(system.PostgresServer, Math.Max(1000, driver.Signing.Count), options.Concurrency);
Console.WriteLine($"  {raw}");

// Replay: read and parse each service's whole history; database size per million events; peak memory.
var replay = new Dictionary<string, object>();
var sizes = new Dictionary<string, object>();
long totalBytes = 0, totalTableBytes = 0, totalEvents = 0;
foreach (var service in SystemUnderLoad.ServiceNames)
{
    var (events, seconds) = await Baselines.ReadAllEventsAsync(system.Database(service));
    replay[service] = new { events, seconds = Math.Round(seconds, 2), eventsPerSecond = Math.Round(events / seconds) };
    var (bytes, tableBytes, count) = await Baselines.SizeAsync(system.Database(service));
    sizes[service] = new { bytes, tableBytes, events = count, tableMiBPerMillionEvents = count == 0 ? 0 : Math.Round(tableBytes / 1048576.0 / count * 1_000_000, 1) };
    totalBytes += bytes;
    totalTableBytes += tableBytes;
    totalEvents += count;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {service,-15} {count,10:N0} events, database {bytes / 1048576.0,8:N1} MiB, tables {tableBytes / 1048576.0,8:N1} MiB, read+parse {events / seconds,10:N0} events/s"));
}
var memory = system.PeakMemoryMiB();
Console.WriteLine($"  peak memory (VmHWM): {string.Join(", ", memory.Select(m => $"{m.Key} {m.Value:N0} MiB"))}");
var loadAtEnd = LoadAverage();

Console.WriteLine();
Console.WriteLine("Summary");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  region-year wall time: {regionYear.Elapsed.TotalSeconds:N1} s for {regions.Count} region(s) (goal < 120 s per region-year)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"  pipeline verified → evaluated: {driver.Pipeline["realisationsPerSecondVerifyToLastEvaluation"]} realisations/s; bus baseline {bus.Rate:N0} messages/s (p99 {bus.Percentile(99):N0} ms)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"  {driver.LateToReEvaluated} (the direct path: no close awaited)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"  signing: {driver.Signing.Rate:N1} requests/s p99 {driver.Signing.Percentile(99):N0} ms; raw append {raw.Rate:N0} rows/s ({options.Concurrency} connections)"));
var secondsPer1000Realisations = regionYear.Elapsed.TotalSeconds * 1000 / Math.Max(1, driver.Realisations);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"  per item: {secondsPer1000Realisations:0.00} s per 1,000 realisations, {regionYear.Elapsed.TotalMilliseconds / agreementCount:0.0} ms per agreement (region-year wall time / items); {totalEvents:N0} events, tables {totalTableBytes / 1048576.0 / Math.Max(1, totalEvents) * 1_000_000:N0} MiB per million events"));
Console.WriteLine();
PrintPhaseTable();

var report = new
{
    started,
    machine = new { cores = Environment.ProcessorCount, cpu = CpuModel(), os = Environment.OSVersion.ToString(), dotnet = Environment.Version.ToString(), loadAverageStart = loadAtStart, loadAverageEnd = loadAtEnd },
    options = new { options.Scale, options.Seed, options.Quick, options.Concurrency, options.Durable, attached = options.Attach is not null },
    volume = new
    {
        regions = regions.Count, units = regions.Sum(r => r.Units.Count()), agreements = agreementCount, indicators = indicatorCount,
        realisationsVerified = driver.Realisations, revisions = driver.Revisions, evaluations = driver.Evaluations, reEvaluations = driver.ReEvaluations, decisions = driver.Decisions, events = totalEvents,
    },
    regionYearSeconds = Math.Round(regionYear.Elapsed.TotalSeconds, 1),
    perRealisationMs = Math.Round(regionYear.Elapsed.TotalMilliseconds / Math.Max(1, driver.Realisations), 3),
    perAgreementMs = Math.Round(regionYear.Elapsed.TotalMilliseconds / agreementCount, 2),
    perItem = new
    {
        secondsPer1000Realisations = Math.Round(secondsPer1000Realisations, 3),
        msPerAgreement = Math.Round(regionYear.Elapsed.TotalMilliseconds / agreementCount, 2),
    },
    phases = driver.Phases.Select(p => p.ToJson(agreementCount)),
    cpuProfile = new
    {
        components = cpu.Components.Select(c => new { c.Name, c.Pid, c.Tree }),
        ticksPerSecond = CpuProfile.TicksPerSecond,
        regionYear = regionYearCpu.ToJson(),
    },
    sqlProfile = new { taken = sql is not null, missing = sqlProfileMissing, databases = sql },
    pipeline = driver.Pipeline,
    signing = driver.Signing.ToJson(),
    baselines = new { massTransit = bus.ToJson(), rawAppend = raw.ToJson() },
    auditor = new[] { history, asOf, diff }.Select(s => s.ToJson()),
    ministry = ministryReads.Select(s => s.ToJson()),
    replay,
    database = new { services = sizes, totalBytes, totalTableBytes, totalEvents, tableMiBPerMillionEvents = Math.Round(totalTableBytes / 1048576.0 / Math.Max(1, totalEvents) * 1_000_000, 1) },
    peakMemoryMiB = memory,
};
if (options.Out is { } path)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
    await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
    Console.WriteLine($"Report written to {path}");
}
return 0;

async Task TimeAsync(Sample sample, string url, string token)
{
    var start = Stopwatch.GetTimestamp();
    try
    {
        await driver.GetJsonAsync(url, token);
        sample.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }
    catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TaskCanceledException)
    {
        if (sample.Failures == 0)
        {
            Console.WriteLine($"  ! {e.Message[..Math.Min(400, e.Message.Length)]}");
        }
        sample.Fail();
    }
}

// Per phase: wall time, ms per item and per agreement, CPU seconds per component and the share of the cores used.
void PrintPhaseTable()
{
    var names = cpu.Names.ToList();
    Console.WriteLine($"Per phase (CPU seconds per component; busy = the machine's share of its {CpuUsage.Cores} cores)");
    Console.WriteLine($"| Phase | Items | Wall s | ms/item | ms/agreement | {string.Join(" | ", names)} | busy |");
    Console.WriteLine($"|---|---:|---:|---:|---:|{string.Concat(names.Select(_ => "---:|"))}---:|");
    foreach (var phase in driver.Phases.Append(new Sample($"region-year (all phases; {driver.Realisations:N0} realisations)") { Wall = regionYear.Elapsed, Cpu = regionYearCpu }))
    {
        var seconds = phase.Cpu?.Seconds.ToDictionary(s => s.Key, s => s.Value);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {phase.Name} | {(phase.Count > 0 ? phase.Count.ToString("N0", CultureInfo.InvariantCulture) : "–")} | {phase.Wall.TotalSeconds:N1} | {(phase.Count > 0 ? (phase.Wall.TotalMilliseconds / phase.Count).ToString("N1", CultureInfo.InvariantCulture) : "–")} | {phase.Wall.TotalMilliseconds / agreementCount:N1} | {string.Join(" | ", names.Select(n => seconds is null ? "–" : seconds.GetValueOrDefault(n).ToString("N1", CultureInfo.InvariantCulture)))} | {(phase.Cpu is { } c ? $"{c.MachineShare * 100:0} %" : "–")} |"));
    }
}

static string RepositoryRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Kinerja.sln")))
        {
            return directory.FullName;
        }
    }
    throw new InvalidOperationException("Run from inside the Kinerja checkout (Kinerja.sln not found above the program).");
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

static string CpuModel() =>
    File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?"
        : "?";
