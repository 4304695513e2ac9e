using Kinerja.SanctionReward.Policies;

namespace Kinerja.SanctionReward.Deciding;

/// <summary>The substance of a decision; two proposals with equal substance decide the same thing.</summary>
internal sealed record Decision(
    DecisionKind Kind,
    decimal? AllowancePercent = null,
    AllowanceTerm? AllowanceTerm = null,
    decimal? AllowanceCeilingPercent = null,
    int? DeadlineMonths = null,
    HrRecommendation? Recommendation = null);
