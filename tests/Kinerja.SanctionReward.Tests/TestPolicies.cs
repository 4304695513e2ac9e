using Kinerja.SanctionReward.Policies;

namespace Kinerja.SanctionReward.Tests;

internal static class TestPolicies
{
    public static readonly IReadOnlyList<string> Labels = RatingScales.EmployeePredicateLabels;

    /// <summary>A valid regional policy on the employee predicates holding just these rules.</summary>
    public static Policy Regional(params PolicyRule[] rules) => new()
    {
        Id = new PolicyId("64.02-test"),
        Version = 1,
        Region = Evaluated.Region,
        EffectiveFrom = new DateOnly(2026, 1, 1),
        ScaleId = RatingScales.EmployeePredicate,
        Rules = rules,
    };

    public static PolicyRule Cut(string id, string label, decimal percent = -2m, decimal? ceiling = null, PeriodKind? kind = PeriodKind.Quarterly) => new()
    {
        Id = id,
        Labels = [label],
        PeriodKind = kind,
        Decision = DecisionKind.AllowanceAdjustment,
        AllowancePercent = percent,
        AllowanceTerm = AllowanceTerm.Monthly,
        AllowanceCeilingPercent = ceiling,
    };

    public static PolicyRule Warning(string id, string label = "Kurang", PeriodKind? kind = PeriodKind.Quarterly) => new()
    {
        Id = id,
        Labels = [label],
        PeriodKind = kind,
        Decision = DecisionKind.WrittenWarning,
    };
}
