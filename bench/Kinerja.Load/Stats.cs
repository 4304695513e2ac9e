using System.Diagnostics;
using System.Globalization;

namespace Kinerja.Load;

/// <summary>Latencies of one kind of request or message, in milliseconds, and how long the batch took.</summary>
internal sealed class Sample(string name)
{
    private readonly List<double> _milliseconds = [];
    private int _failures;

    public string Name { get; } = name;
    public TimeSpan Wall { get; set; }
    /// <summary>CPU seconds per component while this phase ran (<see cref="CpuProfile"/>), when profiled.</summary>
    public CpuUsage? Cpu { get; set; }
    public int Count { get { lock (_milliseconds) return _milliseconds.Count; } }
    public int Failures => _failures;

    public void Add(double milliseconds)
    {
        lock (_milliseconds)
        {
            _milliseconds.Add(milliseconds);
        }
    }

    public void Merge(Sample other)
    {
        double[] values;
        lock (other._milliseconds)
        {
            values = [.. other._milliseconds];
        }
        lock (_milliseconds)
        {
            _milliseconds.AddRange(values);
        }
        Interlocked.Add(ref _failures, other.Failures);
    }

    public void Fail() => Interlocked.Increment(ref _failures);

    public double Percentile(double p)
    {
        lock (_milliseconds)
        {
            if (_milliseconds.Count == 0)
            {
                return double.NaN;
            }
            var sorted = _milliseconds.Order().ToArray();
            return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
        }
    }

    public double Rate => Wall.TotalSeconds > 0 ? Count / Wall.TotalSeconds : double.NaN;

    public object ToJson() => new
    {
        name = Name, count = Count, failures = Failures, wallSeconds = Math.Round(Wall.TotalSeconds, 2), perSecond = Finite(Rate, 1),
        p50Ms = Finite(Percentile(50), 1), p95Ms = Finite(Percentile(95), 1), p99Ms = Finite(Percentile(99), 1),
    };

    /// <summary>A phase of the region-year: its figures, its wall time per item and per agreement, and its CPU profile.</summary>
    public object ToJson(int agreements) => new
    {
        name = Name, count = Count, failures = Failures, wallSeconds = Math.Round(Wall.TotalSeconds, 2), perSecond = Finite(Rate, 1),
        p50Ms = Finite(Percentile(50), 1), p95Ms = Finite(Percentile(95), 1), p99Ms = Finite(Percentile(99), 1),
        msPerItem = Count > 0 ? Math.Round(Wall.TotalMilliseconds / Count, 3) : (double?)null,
        msPerAgreement = Math.Round(Wall.TotalMilliseconds / Math.Max(1, agreements), 3),
        cpu = Cpu?.ToJson(),
    };

    private static double? Finite(double value, int digits) => double.IsFinite(value) ? Math.Round(value, digits) : null;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-44} {Count,8:N0} in {Wall.TotalSeconds,7:0.0} s = {Rate,8:N1}/s  p50 {Percentile(50),7:N0} ms  p95 {Percentile(95),7:N0} ms  p99 {Percentile(99),7:N0} ms{(Failures > 0 ? $"  ({Failures} failed)" : "")}");

    public static double Milliseconds(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
}

/// <summary>Prints the phase, done/total and rate every few seconds while a phase runs.</summary>
internal sealed class Progress : IDisposable
{
    private readonly string _phase;
    private readonly int _total;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly Timer _timer;
    private int _done;

    public Progress(string phase, int total)
    {
        (_phase, _total) = (phase, total);
        _timer = new Timer(_ => Print(), null, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));
    }

    public void Step(int count = 1) => Interlocked.Add(ref _done, count);

    private void Print() => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  [{DateTime.UtcNow:HH:mm:ss}] {_phase}: {_done:N0}/{_total:N0} ({_done / Math.Max(0.001, _watch.Elapsed.TotalSeconds):N1}/s)"));

    public void Dispose()
    {
        _timer.Dispose();
        Print();
    }
}
