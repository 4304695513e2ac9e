namespace Kinerja.Measurements.Realisations;

/// <summary>What a realisation command is decided against besides the realisation itself: the agreement's plan, the region's closed periods, the caller.</summary>
internal sealed record MeasurementContext(MeasurementPlan? Plan, RegionPeriods Periods, Caller Caller);
