namespace Kinerja.SanctionReward.Policies.Explaining;

/// <summary>Renders rules and policies as sentences an official can read and sign off, Indonesian by default.</summary>
internal static class PolicyExplanation
{
    /// <summary>E.g. "Jika predikat Sangat Kurang pada evaluasi triwulanan, potong TPP 2 % per bulan (paling banyak 6 % setahun)."</summary>
    public static string Explain(PolicyRule rule, Language language = Language.Indonesian)
    {
        var words = Wording.For(language);
        var outcome = new List<string>();
        if (rule.Labels is { Count: > 0 } labels)
        {
            outcome.Add(words.RatingIs(words.List(labels)));
        }
        if (Achievement(rule, words) is { } achievement)
        {
            outcome.Add(achievement);
        }
        var condition = new List<string> { string.Join($" {words.And} ", outcome) };
        if (rule.PeriodKind is { } kind)
        {
            condition.Add(words.InEvaluation(kind));
        }
        if (rule.ConsecutivePeriods > 1)
        {
            condition.Add(words.Consecutive(rule.ConsecutivePeriods, rule.PeriodKind));
        }
        if (rule.Echelons is { Count: > 0 } echelons)
        {
            condition.Add(words.ForOfficials(words.List(echelons.Select(words.Echelon))));
        }
        return $"{words.If} {string.Join(" ", condition.Where(c => c.Length > 0))}, {Decision(rule, words)}.";
    }

    /// <summary>A heading line, the scale, then one numbered line per rule citing the rule's id.</summary>
    public static string Explain(Policy policy, Language language = Language.Indonesian)
    {
        var words = Wording.For(language);
        var lines = new List<string> { words.PolicyHeading(policy) };
        if (policy.ScaleId is { } scale)
        {
            lines.Add(words.ScaleNote(scale));
        }
        lines.AddRange(policy.Rules.Select((rule, i) => $"{i + 1}. {Explain(rule, language)} [{rule.Id}]"));
        return string.Join("\n", lines);
    }

    private static string? Achievement(PolicyRule rule, Wording words) => (rule.AchievementFrom, rule.AchievementBelow) switch
    {
        ({ } from, { } below) => words.AchievementBetween(words.Number(from), words.Number(below)),
        ({ } from, null) => words.AchievementAtLeast(words.Number(from)),
        (null, { } below) => words.AchievementBelow(words.Number(below)),
        _ => null,
    };

    private static string Decision(PolicyRule rule, Wording words)
    {
        switch (rule.Decision)
        {
            case DecisionKind.Recognition:
                return words.Recognition;
            case DecisionKind.WrittenWarning:
                return words.WrittenWarning;
            case DecisionKind.AllowanceAdjustment:
                var allowance = words.Allowance(rule.AllowancePercent ?? 0, rule.AllowanceTerm);
                return rule.AllowanceCeilingPercent is { } ceiling ? $"{allowance} {words.Ceiling(words.Number(ceiling))}" : allowance;
            case DecisionKind.ImprovementPlan:
                var plan = words.ImprovementPlan(rule.DeadlineMonths ?? 0);
                return rule.Recommendation is { } followUp ? $"{plan}, {words.FollowUp(followUp)}" : plan;
            case DecisionKind.HrRecommendation when rule.Recommendation is { } recommendation:
                return words.Recommend(recommendation);
            default:
                return "?";
        }
    }
}
