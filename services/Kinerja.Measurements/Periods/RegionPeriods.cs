using Kinerja.Measurements.ClosingPeriod;
using Kinerja.Measurements.ReopeningPeriod;

namespace Kinerja.Measurements.Periods;

/// <summary>The periods a region has closed: the fold of its closing and reopening events (one stream per region).</summary>
internal sealed record RegionPeriods(RegionCode Region, ImmutableHashSet<Period> Closed)
{
    public static RegionPeriods Open(RegionCode region) => new(region, []);

    public static RegionPeriods Fold(RegionCode region, IEnumerable<IMeasurementEvent> events) =>
        events.Aggregate(Open(region), (state, e) => state.Evolve(e));

    public string StreamId => $"periods-{Region}";

    /// <summary>The closed period that locks <paramref name="period"/>: itself, or a longer one containing it.</summary>
    public Period? ClosedPeriodContaining(Period period) =>
        Closed.Where(c => c.Contains(period)).Select(c => (Period?)c).FirstOrDefault();

    public RegionPeriods Evolve(IMeasurementEvent e) => e switch
    {
        PeriodClosed closed when closed.Region == Region => this with { Closed = Closed.Add(closed.Period) },
        PeriodReopened reopened when reopened.Region == Region => this with { Closed = Closed.Remove(reopened.Period) },
        _ => this,
    };
}
