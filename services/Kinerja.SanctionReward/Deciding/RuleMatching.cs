using Kinerja.SanctionReward.Policies;

namespace Kinerja.SanctionReward.Deciding;

internal static class RuleMatching
{
    /// <summary>Whether the rule fires for the evaluation, looking back through the receiver's earlier periods for a streak.</summary>
    public static bool Fires(this PolicyRule rule, string? scaleId, EvaluationResult evaluation, IReadOnlyDictionary<EvaluationPeriod, EvaluationResult> earlier)
    {
        if (rule.PeriodKind is { } kind && kind != evaluation.Period.Kind)
        {
            return false;
        }
        if (rule.Echelons is { Count: > 0 } echelons && !echelons.Contains(evaluation.Echelon))
        {
            return false;
        }
        if (!rule.MatchesOutcome(scaleId, evaluation))
        {
            return false;
        }
        // The streak looks at outcomes only: an official promoted mid-streak still carries it.
        var period = evaluation.Period;
        for (var i = 1; i < rule.ConsecutivePeriods; i++)
        {
            period = period.Previous;
            if (!earlier.TryGetValue(period, out var previous) || !rule.MatchesOutcome(scaleId, previous))
            {
                return false;
            }
        }
        return true;
    }

    private static bool MatchesOutcome(this PolicyRule rule, string? scaleId, EvaluationResult evaluation)
    {
        if (rule.Labels is { Count: > 0 } labels
            && (!string.Equals(evaluation.ScaleId, scaleId, StringComparison.Ordinal) || !labels.Contains(evaluation.RatingLabel, StringComparer.Ordinal)))
        {
            return false;
        }
        return (rule.AchievementFrom is not { } from || evaluation.Achievement >= from)
            && (rule.AchievementBelow is not { } below || evaluation.Achievement < below);
    }
}
