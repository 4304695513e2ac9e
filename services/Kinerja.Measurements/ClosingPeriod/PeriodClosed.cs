namespace Kinerja.Measurements.ClosingPeriod;

/// <summary>A region locked a period: entries for it (and the periods inside it) need a reopening first.</summary>
internal sealed record PeriodClosed(RegionCode Region, Period Period, Actor ClosedBy, DateTimeOffset ClosedAt) : IMeasurementEvent;
