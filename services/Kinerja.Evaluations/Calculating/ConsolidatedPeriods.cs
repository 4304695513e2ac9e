namespace Kinerja.Evaluations.Calculating;

/// <summary>The realisation and target of the span from the start of the year up to a period, or why there is none.</summary>
internal sealed record ConsolidatedPeriods
{
    public required AchievementStatus Status { get; init; }

    public decimal Realisation { get; init; }

    public TargetValue? Target { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<PeriodTarget> Targets { get; init; } = [];

    public IReadOnlyList<VerifiedRealisation> Realisations { get; init; } = [];

    public IReadOnlyList<ReportingPeriod> NotReportedPeriods { get; init; } = [];

    public IReadOnlyList<string> Notes { get; init; } = [];
}
