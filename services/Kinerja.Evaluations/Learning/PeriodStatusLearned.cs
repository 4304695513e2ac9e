namespace Kinerja.Evaluations.Learning;

/// <summary>A region closed (or reopened) a reporting period; kept in the region's <c>periods-{region}</c> stream.</summary>
internal sealed record PeriodStatusLearned(string Period, bool Closed, string By, string? Reason, DateTimeOffset At);
