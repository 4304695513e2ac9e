using System.Text.Json;
using System.Text.RegularExpressions;
using Kinerja.ServiceDefaults.Problems;

namespace Kinerja.SanctionReward.Policies.Validating;

/// <summary>
/// Checks a policy before it is saved. Field paths follow the JSON shape (<c>rules[3].allowancePercent</c>)
/// so the API can answer them as problem details unchanged.
/// </summary>
internal static partial class PolicyValidation
{
    public const decimal LargestAllowancePercent = 100m;

    /// <param name="scaleLabels">The labels of the policy's scale, as the Evaluations service spells them.</param>
    public static ValidationErrors Validate(Policy policy, IReadOnlyCollection<string> scaleLabels)
    {
        var errors = new ValidationErrors();
        errors.Require(!string.IsNullOrWhiteSpace(policy.Id.Value), "id", "A policy needs an id.");
        errors.Require(policy.Version >= 1, "version", "The version starts at 1.");
        errors.Require(policy.Region is null || RegionCode().IsMatch(policy.Region), "region",
            "A region is a Kemendagri code such as 64 or 64.02; leave it out for the national default.");
        errors.Require(policy.EffectiveFrom is not null, "effectiveFrom", "A policy needs the date it takes effect.");
        errors.Require(policy.Rules is { Count: > 0 }, "rules", "A policy needs at least one rule.");
        var rules = policy.Rules ?? [];
        errors.Require(!string.IsNullOrWhiteSpace(policy.ScaleId) || !rules.Any(r => r?.Labels is { Count: > 0 }), "scaleId",
            "Rules name rating labels, so the policy must name their scale.");
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i] is null)
            {
                errors.Add($"rules[{i}]", "A rule is missing.");
                continue;
            }
            ValidateRule(rules[i], $"rules[{i}]", scaleLabels, errors);
        }
        if (rules.Contains(null))
        {
            return errors;
        }
        ValidateIdsAreUnique(rules, errors);
        foreach (var (earlier, later) in RuleOverlap.Contradictions(rules))
        {
            errors.Add($"rules[{later}]",
                $"Contradicts rule '{rules[earlier].Id}' (rules[{earlier}]): both can match the same evaluation and both decide {WireName(rules[later].Decision)}.");
        }
        return errors;
    }

    private static void ValidateRule(PolicyRule rule, string path, IReadOnlyCollection<string> scaleLabels, ValidationErrors errors)
    {
        errors.Require(!string.IsNullOrWhiteSpace(rule.Id), $"{path}.id", "A rule needs an id; decisions cite it.");
        var labels = rule.Labels ?? [];
        for (var j = 0; j < labels.Count; j++)
        {
            errors.Require(scaleLabels.Contains(labels[j], StringComparer.Ordinal), $"{path}.labels[{j}]",
                $"'{labels[j]}' is not a label of the scale; known labels: {string.Join(", ", scaleLabels)}.");
        }
        errors.Require(labels.Count > 0 || rule.AchievementFrom is not null || rule.AchievementBelow is not null, path,
            "A rule must match on a rating label or an achievement range.");
        errors.Require(rule.AchievementFrom is not < 0, $"{path}.achievementFrom", "Achievement is never below 0 %.");
        errors.Require(rule.AchievementBelow is not <= 0, $"{path}.achievementBelow", "Achievement below 0 % or less matches nothing.");
        errors.Require(rule.AchievementFrom is not { } from || rule.AchievementBelow is not { } below || from < below,
            $"{path}.achievementBelow", "The upper bound must be above the lower bound.");
        errors.Require(rule.ConsecutivePeriods >= 1, $"{path}.consecutivePeriods", "At least one period must match.");
        errors.Require(rule.Echelons is null || rule.Echelons.Distinct().Count() == rule.Echelons.Count, $"{path}.echelons",
            "An echelon is listed twice.");
        ValidateDecision(rule, path, errors);
    }

    private static void ValidateDecision(PolicyRule rule, string path, ValidationErrors errors)
    {
        errors.Require(rule.Decision is not null, $"{path}.decision", "A rule needs a decision.");
        var adjusts = rule.Decision == DecisionKind.AllowanceAdjustment;
        if (adjusts)
        {
            errors.Require(rule.AllowancePercent is not null, $"{path}.allowancePercent", "An allowance adjustment needs a percentage.");
            errors.Require(rule.AllowancePercent is null or (>= -LargestAllowancePercent and <= LargestAllowancePercent and not 0),
                $"{path}.allowancePercent", "The percentage lies between -100 and 100 and is not 0.");
            errors.Require(rule.AllowanceTerm is not null, $"{path}.allowanceTerm", "Say whether the percentage applies monthly or to the year.");
            errors.Require(rule.AllowanceCeilingPercent is null or (> 0 and <= LargestAllowancePercent),
                $"{path}.allowanceCeilingPercent", "The ceiling lies above 0 and at most 100.");
            errors.Require(!(rule.AllowanceCeilingPercent is > 0 and { } ceiling && rule.AllowancePercent is { } percent && Math.Abs(percent) > ceiling),
                $"{path}.allowanceCeilingPercent", "The ceiling is below the rule's own percentage.");
        }
        else
        {
            errors.Require(rule.AllowancePercent is null, $"{path}.allowancePercent", "Only an allowance adjustment has a percentage.");
            errors.Require(rule.AllowanceTerm is null, $"{path}.allowanceTerm", "Only an allowance adjustment has a term.");
            errors.Require(rule.AllowanceCeilingPercent is null, $"{path}.allowanceCeilingPercent", "Only an allowance adjustment has a ceiling.");
        }
        if (rule.Decision == DecisionKind.ImprovementPlan)
        {
            errors.Require(rule.DeadlineMonths is not null, $"{path}.deadlineMonths", "An improvement plan needs a deadline.");
            errors.Require(rule.DeadlineMonths is null or >= 1, $"{path}.deadlineMonths", "The deadline is at least one month.");
        }
        else
        {
            errors.Require(rule.DeadlineMonths is null, $"{path}.deadlineMonths", "Only an improvement plan has a deadline.");
        }
        if (rule.Decision == DecisionKind.HrRecommendation)
        {
            errors.Require(rule.Recommendation is not null, $"{path}.recommendation", "Say what the HR authority is asked to consider.");
        }
        else if (rule.Decision != DecisionKind.ImprovementPlan)
        {
            errors.Require(rule.Recommendation is null, $"{path}.recommendation",
                "Only an HR recommendation, or an improvement plan as its follow-up, names a recommendation.");
        }
    }

    private static void ValidateIdsAreUnique(IReadOnlyList<PolicyRule> rules, ValidationErrors errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Id is { } id && !string.IsNullOrWhiteSpace(id))
            {
                errors.Require(seen.Add(id), $"rules[{i}].id", $"Another rule already has the id '{id}'.");
            }
        }
    }

    private static string WireName(DecisionKind? kind) => JsonNamingPolicy.CamelCase.ConvertName($"{kind}");

    [GeneratedRegex(@"^\d{2}(\.\d{2})?$")]
    private static partial Regex RegionCode();
}
