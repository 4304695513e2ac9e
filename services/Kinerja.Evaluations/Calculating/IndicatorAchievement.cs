using Kinerja.Evaluations.Rating;

namespace Kinerja.Evaluations.Calculating;

/// <summary>
/// An indicator's achievement up to a period. <see cref="Achievement"/> is what is displayed (uncapped);
/// <see cref="Score"/> is what ratings and roll-ups use (capped by the region's rule). Both are null unless computed.
/// </summary>
internal sealed record IndicatorAchievement
{
    public required IndicatorId IndicatorId { get; init; }

    public required string Name { get; init; }

    public required ReportingPeriod UpTo { get; init; }

    public required AchievementStatus Status { get; init; }

    public Figure? Achievement { get; init; }

    public Figure? Score { get; init; }

    public AppliedRating? Rating { get; init; }

    public decimal Weight { get; init; } = 1;

    /// <summary>The periods that lack a verified realisation.</summary>
    public IReadOnlyList<ReportingPeriod> NotReportedPeriods { get; init; } = [];

    public required Explanation Explanation { get; init; }
}
