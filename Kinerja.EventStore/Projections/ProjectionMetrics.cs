using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Kinerja.EventStore.Projections;

/// <summary>Position and lag of every async projection this process runs, as OpenTelemetry-readable gauges.</summary>
internal static class ProjectionMetrics
{
    public const string MeterName = "Kinerja.EventStore";

    private static readonly Meter Meter = new(MeterName);
    private static readonly ConcurrentDictionary<string, (long Sequence, double LagSeconds)> State = new();

    static ProjectionMetrics()
    {
        Meter.CreateObservableGauge("kinerja.event_store.projection.position",
            () => State.Select(s => new Measurement<long>(s.Value.Sequence, new KeyValuePair<string, object?>("projection", s.Key))),
            description: "Sequence number of the last event the projection processed");
        Meter.CreateObservableGauge("kinerja.event_store.projection.lag",
            () => State.Select(s => new Measurement<double>(s.Value.LagSeconds, new KeyValuePair<string, object?>("projection", s.Key))),
            unit: "s", description: "Age of the last processed event when processed; 0 when caught up");
    }

    public static void Record(string projection, long sequence, double lagSeconds) => State[projection] = (sequence, lagSeconds);

    public static void CaughtUp(string projection) =>
        State.AddOrUpdate(projection, (0, 0), (_, current) => (current.Sequence, 0));
}
