using Kinerja.Evaluations.Rating;

namespace Kinerja.Evaluations.Calculating;

/// <summary>An objective's achievement: the (optionally weighted) mean of its computed indicators.</summary>
internal sealed record ObjectiveAchievement
{
    public required ObjectiveId ObjectiveId { get; init; }

    public required string Name { get; init; }

    public required AchievementStatus Status { get; init; }

    public Figure? Achievement { get; init; }

    public Figure? Score { get; init; }

    public AppliedRating? Rating { get; init; }

    public decimal Weight { get; init; } = 1;

    /// <summary>How many indicators were computed, not reported, without target or not yet due.</summary>
    public required Coverage Indicators { get; init; }

    public required IReadOnlyList<IndicatorAchievement> IndicatorAchievements { get; init; }

    public required Explanation Explanation { get; init; }
}
