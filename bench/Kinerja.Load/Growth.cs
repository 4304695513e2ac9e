using System.Globalization;
using System.Text.Json;

namespace Kinerja.Load;

/// <summary>
/// The growth table of issue #10 from earlier reports (<c>--growth a.json b.json c.json</c>): per-item cost at each scale
/// against the smallest one, flagged when more than <see cref="Limit"/> above it. Also the phases' and the components'
/// cost per agreement, so a cost that grows is named by phase and by component.
/// </summary>
internal static class Growth
{
    public const double Limit = 0.20;

    private sealed record Run(string File, int Scale, bool Quick, int Agreements, int Realisations, double Seconds, JsonElement Report)
    {
        public double MsPerAgreement => Seconds * 1000 / Math.Max(1, Agreements);
        public double SecondsPer1000Realisations => Seconds * 1000 / Math.Max(1, Realisations);
        public string Label => $"{Scale}×{(Quick ? " (quick)" : "")}";
    }

    /// <returns>0, or 2 when a report cannot be read (the message names the file).</returns>
    public static int Print(IReadOnlyList<string> files)
    {
        var runs = new List<Run>();
        foreach (var file in files)
        {
            try
            {
                var report = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
                var options = report.GetProperty("options");
                var volume = report.GetProperty("volume");
                runs.Add(new Run(file, options.GetProperty("scale").GetInt32(), options.GetProperty("quick").GetBoolean(),
                    volume.GetProperty("agreements").GetInt32(), volume.GetProperty("realisationsVerified").GetInt32(),
                    report.GetProperty("regionYearSeconds").GetDouble(), report));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
            {
                Console.Error.WriteLine($"--growth: {file} is not a readable Kinerja.Load report ({e.Message})");
                return 2;
            }
        }
        runs = [.. runs.OrderBy(r => r.Scale).ThenBy(r => r.Agreements)];
        var first = runs[0];
        Console.WriteLine($"Growth against {first.Label} ({first.File}); flagged (!) when more than {Limit:P0} above it");
        Console.WriteLine();
        Console.WriteLine("| Scale | Agreements | Realisations | Wall time s | ms per agreement | vs 1× | s per 1,000 realisations | vs 1× | Flat within 20 % |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        var flat = true;
        foreach (var run in runs)
        {
            var perAgreement = run.MsPerAgreement / first.MsPerAgreement - 1;
            var perRealisations = run.SecondsPer1000Realisations / first.SecondsPer1000Realisations - 1;
            var ok = perAgreement <= Limit && perRealisations <= Limit;
            flat &= ok;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {run.Label} | {run.Agreements:N0} | {run.Realisations:N0} | {run.Seconds:N1} | {run.MsPerAgreement:N1} | {Percent(perAgreement)} | {run.SecondsPer1000Realisations:N2} | {Percent(perRealisations)} | {(ok ? "yes" : "**no** (!)")} |"));
        }
        Console.WriteLine();
        Console.WriteLine(flat ? "Per-item cost is flat within 20 % at every scale." : "Per-item cost is NOT flat within 20 %: see the phases and components below.");

        // Per phase: wall ms per agreement at each scale (phases matched by name; the fiscal year is in the quarter's names).
        Console.WriteLine();
        Console.WriteLine($"| Phase (wall ms per agreement) | {string.Join(" | ", runs.Select(r => r.Label))} |");
        Console.WriteLine($"|---|{string.Concat(runs.Select(_ => "---:|"))}");
        foreach (var phase in first.Report.GetProperty("phases").EnumerateArray())
        {
            var name = phase.GetProperty("name").GetString()!;
            var cells = runs.Select(run =>
            {
                var match = run.Report.GetProperty("phases").EnumerateArray().FirstOrDefault(p => p.GetProperty("name").GetString() == name);
                return match.ValueKind == JsonValueKind.Undefined ? (double?)null : match.GetProperty("wallSeconds").GetDouble() * 1000 / Math.Max(1, run.Agreements);
            }).ToList();
            Console.WriteLine($"| {name} | {string.Join(" | ", cells.Select(c => Cell(c, cells[0])))} |");
        }

        // Per component: CPU ms per agreement over the region-year (reports written since the CPU profile was added).
        var profiled = runs.Where(r => r.Report.TryGetProperty("cpuProfile", out var cpu) && cpu.ValueKind == JsonValueKind.Object).ToList();
        if (profiled.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"| Component (CPU ms per agreement, region-year) | {string.Join(" | ", profiled.Select(r => r.Label))} |");
            Console.WriteLine($"|---|{string.Concat(profiled.Select(_ => "---:|"))}");
            var components = profiled[0].Report.GetProperty("cpuProfile").GetProperty("regionYear").GetProperty("cpuSeconds").EnumerateObject().Select(p => p.Name).ToList();
            foreach (var component in components)
            {
                var cells = profiled.Select(run =>
                    run.Report.GetProperty("cpuProfile").GetProperty("regionYear").GetProperty("cpuSeconds").TryGetProperty(component, out var seconds)
                        ? seconds.GetDouble() * 1000 / Math.Max(1, run.Agreements)
                        : (double?)null).ToList();
                Console.WriteLine($"| {component} | {string.Join(" | ", cells.Select(c => Cell(c, cells[0])))} |");
            }
        }
        return 0;
    }

    private static string Percent(double change) => string.Create(CultureInfo.InvariantCulture, $"{change * 100:+0;-0;0} %");

    private static string Cell(double? value, double? first) =>
        value is not { } v ? "–"
        : first is not { } f || f <= 0 ? string.Create(CultureInfo.InvariantCulture, $"{v:N1}")
        : string.Create(CultureInfo.InvariantCulture, $"{v:N1} ({Percent(v / f - 1)}){(v / f - 1 > Limit ? " !" : "")}");
}
