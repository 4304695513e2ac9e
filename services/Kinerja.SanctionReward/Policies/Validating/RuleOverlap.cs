namespace Kinerja.SanctionReward.Policies.Validating;

/// <summary>
/// Two rules contradict when one evaluation can match both and both decide the same kind of thing, so
/// the policy would not say which one holds (two allowance cuts, two warnings, two plans). Two HR
/// recommendations of different kinds (re-assessment and transfer) do not contradict.
/// </summary>
internal static class RuleOverlap
{
    /// <summary>Pairs of rule indexes (earlier, later) that contradict.</summary>
    public static IEnumerable<(int Earlier, int Later)> Contradictions(IReadOnlyList<PolicyRule> rules)
    {
        for (var later = 1; later < rules.Count; later++)
        {
            for (var earlier = 0; earlier < later; earlier++)
            {
                if (DecideAlike(rules[earlier], rules[later]) && CanMatchTheSameEvaluation(rules[earlier], rules[later]))
                {
                    yield return (earlier, later);
                }
            }
        }
    }

    private static bool DecideAlike(PolicyRule a, PolicyRule b) =>
        a.Decision is { } kind && kind == b.Decision
        && (kind != DecisionKind.HrRecommendation || a.Recommendation == b.Recommendation);

    /// <summary>
    /// The streak length is left out on purpose: when the other conditions intersect, a history whose
    /// every period lies in the intersection satisfies both streaks.
    /// </summary>
    public static bool CanMatchTheSameEvaluation(PolicyRule a, PolicyRule b) =>
        (a.PeriodKind is null || b.PeriodKind is null || a.PeriodKind == b.PeriodKind)
        && Intersect(a.Echelons, b.Echelons)
        && Intersect(a.Labels, b.Labels)
        && Math.Max(a.AchievementFrom ?? decimal.MinValue, b.AchievementFrom ?? decimal.MinValue)
            < Math.Min(a.AchievementBelow ?? decimal.MaxValue, b.AchievementBelow ?? decimal.MaxValue);

    // An absent or empty list matches anything.
    private static bool Intersect<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b) =>
        a is not { Count: > 0 } || b is not { Count: > 0 } || a.Intersect(b).Any();
}
