using Kinerja.Evaluations.Rating;

namespace Kinerja.Evaluations.Calculating;

/// <summary>
/// An agreement's achievement: the (optionally weighted) mean of its computed objectives. For the agreement of a
/// unit head this is also the unit head's own result (DOMAIN.md: a unit head's rating equals the achievement of
/// the unit's agreement), so no separate figure exists for it.
/// </summary>
internal sealed record AgreementAchievement
{
    public required Guid AgreementId { get; init; }

    public required int AgreementVersion { get; init; }

    public required string RegionCode { get; init; }

    public required ReportingPeriod UpTo { get; init; }

    public required AchievementStatus Status { get; init; }

    public Figure? Achievement { get; init; }

    public Figure? Score { get; init; }

    public AppliedRating? Rating { get; init; }

    /// <summary>Objectives computed or left out.</summary>
    public required Coverage Objectives { get; init; }

    /// <summary>Indicators over all objectives computed or left out.</summary>
    public required Coverage Indicators { get; init; }

    public required IReadOnlyList<ObjectiveAchievement> ObjectiveAchievements { get; init; }

    public required Explanation Explanation { get; init; }
}
