using Kinerja.SanctionReward.Policies;

namespace Kinerja.SanctionReward.Deciding;

internal static class PolicyInForce
{
    /// <summary>
    /// The region's policy in force on the period's last day, else the national default in force then.
    /// Among versions in force, the latest effective date wins, then the highest version, then the id.
    /// </summary>
    public static Policy? For(IEnumerable<Policy> policies, string region, EvaluationPeriod period)
    {
        var inForce = policies
            .Where(p => p.EffectiveFrom is { } from && from <= period.LastDay)
            .OrderByDescending(p => p.EffectiveFrom)
            .ThenByDescending(p => p.Version)
            .ThenBy(p => p.Id.Value, StringComparer.Ordinal)
            .ToList();
        return inForce.FirstOrDefault(p => p.Region == region) ?? inForce.FirstOrDefault(p => p.Region is null);
    }
}
