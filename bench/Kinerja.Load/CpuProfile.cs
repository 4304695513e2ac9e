using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Kinerja.Load;

/// <summary>
/// Where the CPU time goes: user + system seconds of each component of the system under load, read from
/// <c>/proc/&lt;pid&gt;/stat</c>. A component is a process and (for <see cref="CpuComponent.Tree"/>) everything below it —
/// PostgreSQL's postmaster with its backends, RabbitMQ's start script with beam.smp — counting each live process's own
/// and its reaped children's times (<c>utime + stime + cutime + cstime</c>), so a backend that ended is still counted
/// (in the postmaster's <c>cutime</c>). "other" is the machine's busy time (<c>/proc/stat</c>) minus all components:
/// other programs on the same cores.
/// </summary>
internal sealed class CpuProfile(IReadOnlyList<CpuComponent> components)
{
    public static readonly double TicksPerSecond = ClockTicks();
    public const string Other = "other";

    public IReadOnlyList<CpuComponent> Components { get; } = components;
    public IEnumerable<string> Names => Components.Select(c => c.Name).Append(Other);

    public CpuSnapshot Take()
    {
        var processes = ReadProcesses();
        var children = processes.Values.ToLookup(p => p.ParentId);
        var seconds = new Dictionary<string, double>();
        foreach (var component in Components)
        {
            long ticks = 0;
            if (processes.TryGetValue(component.Pid, out var root))
            {
                if (component.Tree)
                {
                    var stack = new Stack<ProcessTimes>([root]);
                    var seen = new HashSet<int>();
                    while (stack.Count > 0)
                    {
                        var process = stack.Pop();
                        if (!seen.Add(process.Id))
                        {
                            continue;
                        }
                        ticks += process.Own + process.Children;
                        foreach (var child in children[process.Id])
                        {
                            stack.Push(child);
                        }
                    }
                }
                else
                {
                    ticks = root.Own;
                }
            }
            seconds[component.Name] = ticks / TicksPerSecond;
        }
        return new CpuSnapshot(Stopwatch.GetTimestamp(), seconds, MachineBusyTicks() / TicksPerSecond);
    }

    /// <summary>CPU seconds per component between two snapshots, "other" last.</summary>
    public CpuUsage Between(CpuSnapshot from, CpuSnapshot to)
    {
        var seconds = new List<KeyValuePair<string, double>>();
        foreach (var component in Components)
        {
            var before = from.Seconds.GetValueOrDefault(component.Name);
            var after = to.Seconds.GetValueOrDefault(component.Name);
            // A process that ended (or was not there yet) takes its times with it: never below zero.
            seconds.Add(new(component.Name, Math.Max(0, after - before)));
        }
        var machine = Math.Max(0, to.MachineBusySeconds - from.MachineBusySeconds);
        seconds.Add(new(Other, Math.Max(0, machine - seconds.Sum(s => s.Value))));
        return new CpuUsage(Stopwatch.GetElapsedTime(from.Timestamp, to.Timestamp).TotalSeconds, seconds, machine);
    }

    public CpuUsage Since(CpuSnapshot from) => Between(from, Take());

    private sealed record ProcessTimes(int Id, int ParentId, long Own, long Children);

    private static Dictionary<int, ProcessTimes> ReadProcesses()
    {
        var processes = new Dictionary<int, ProcessTimes>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(directory, "stat"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // ended while we looked
            }
            // "pid (comm) state ppid … utime stime cutime cstime …": comm may hold spaces and parentheses.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (fields.Length < 15)
            {
                continue;
            }
            long Field(int index) => long.Parse(fields[index], CultureInfo.InvariantCulture);
            processes[pid] = new ProcessTimes(pid, (int)Field(1), Field(11) + Field(12), Field(13) + Field(14));
        }
        return processes;
    }

    /// <summary>user + nice + system + irq + softirq + steal of all cores, in clock ticks (idle and iowait left out).</summary>
    private static long MachineBusyTicks()
    {
        var line = File.ReadLines("/proc/stat").First(l => l.StartsWith("cpu ", StringComparison.Ordinal));
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        return fields[0] + fields[1] + fields[2] + fields[5] + fields[6] + (fields.Length > 7 ? fields[7] : 0);
    }

    /// <summary>USER_HZ, the unit of /proc's times (<c>getconf CLK_TCK</c>; 100 on Linux when it cannot be asked).</summary>
    private static double ClockTicks()
    {
        try
        {
            using var getconf = Process.Start(new ProcessStartInfo("getconf", "CLK_TCK") { RedirectStandardOutput = true })!;
            var text = getconf.StandardOutput.ReadToEnd().Trim();
            getconf.WaitForExit();
            return double.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks > 0 ? ticks : 100;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return 100;
        }
    }
}

/// <summary>One component: a process, with (<paramref name="Tree"/>) or without the processes below it.</summary>
internal sealed record CpuComponent(string Name, int Pid, bool Tree);

internal sealed record CpuSnapshot(long Timestamp, Dictionary<string, double> Seconds, double MachineBusySeconds);

/// <summary>CPU seconds per component over a stretch of wall time.</summary>
internal sealed record CpuUsage(double WallSeconds, IReadOnlyList<KeyValuePair<string, double>> Seconds, double MachineBusySeconds)
{
    public static int Cores => Environment.ProcessorCount;

    /// <summary>The share of all cores the machine was busy (1.0 = every core all the time).</summary>
    public double MachineShare => WallSeconds > 0 ? MachineBusySeconds / (WallSeconds * Cores) : 0;

    public double Share(double seconds) => WallSeconds > 0 ? seconds / (WallSeconds * Cores) : 0;

    public object ToJson() => new
    {
        wallSeconds = Math.Round(WallSeconds, 2),
        cores = Cores,
        cpuSeconds = Seconds.ToDictionary(s => s.Key, s => Math.Round(s.Value, 2)),
        machineBusySeconds = Math.Round(MachineBusySeconds, 2),
        shareOfCores = Math.Round(MachineShare, 3),
    };

    /// <summary>"measurements 12.3 s, postgres 8.1 s, … — 93 % of 2 cores", the biggest first, components under 0.05 s left out.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("cpu: ");
        text.AppendJoin(", ", Seconds.Where(s => s.Value >= 0.05).OrderByDescending(s => s.Value)
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value:0.0} s")));
        text.Append(CultureInfo.InvariantCulture, $" — {MachineShare * 100:0} % of {Cores} cores busy");
        return text.ToString();
    }
}
