namespace Kinerja.Evaluations.Calculating;

/// <summary>The target of one period (or of the whole year) as promised in a given agreement version.</summary>
internal sealed record PeriodTarget(ReportingPeriod Period, TargetValue Value, TargetSource Source);
