namespace Kinerja.Measurements.ReopeningPeriod;

/// <summary>A closed period was opened again for late entries, with the reason why.</summary>
internal sealed record PeriodReopened(RegionCode Region, Period Period, string Reason, Actor ReopenedBy, DateTimeOffset ReopenedAt) : IMeasurementEvent;
