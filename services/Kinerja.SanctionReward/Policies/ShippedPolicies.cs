namespace Kinerja.SanctionReward.Policies;

/// <summary>
/// The policies the service starts with. There is no national table in law, so the national default
/// only recognises, warns and asks for improvement; allowance cuts belong to regional regulations.
/// Both are described in plain words in docs/sanction-reward-policies.md.
/// </summary>
internal static class ShippedPolicies
{
    public static readonly Policy NationalDefault = new()
    {
        Id = new PolicyId("national-default"),
        Version = 1,
        Region = null,
        EffectiveFrom = new DateOnly(2025, 1, 1),
        Title = "Kebijakan bawaan nasional",
        ScaleId = RatingScales.Achievement,
        Rules =
        [
            new PolicyRule
            {
                Id = "recognise-very-high-year",
                Labels = ["Sangat Tinggi"],
                PeriodKind = PeriodKind.Final,
                Decision = DecisionKind.Recognition,
            },
            new PolicyRule
            {
                Id = "warn-two-low-quarters",
                AchievementBelow = 51m,
                PeriodKind = PeriodKind.Quarterly,
                ConsecutivePeriods = 2,
                Decision = DecisionKind.WrittenWarning,
            },
            new PolicyRule
            {
                Id = "improve-very-low-year",
                Labels = ["Sangat Rendah"],
                PeriodKind = PeriodKind.Final,
                Decision = DecisionKind.ImprovementPlan,
                DeadlineMonths = 6,
            },
        ],
    };

    /// <summary>An example regional regulation (Kutai Kartanegara, 64.02) on the employee predicates.</summary>
    public static readonly Policy KutaiKartanegaraExample = new()
    {
        Id = new PolicyId("64.02-tpp"),
        Version = 1,
        Region = "64.02",
        EffectiveFrom = new DateOnly(2026, 1, 1),
        Title = "Penghargaan dan sanksi TPP Kabupaten Kutai Kartanegara (contoh)",
        ScaleId = RatingScales.EmployeePredicate,
        Rules =
        [
            Cut("cut-very-poor-quarter", "Sangat Kurang", PeriodKind.Quarterly, -2m, AllowanceTerm.Monthly, ceiling: 6m),
            Cut("cut-poor-quarter", "Kurang", PeriodKind.Quarterly, -1m, AllowanceTerm.Monthly, ceiling: 3m),
            Cut("cut-needs-improvement-year", "Butuh Perbaikan", PeriodKind.Final, -25m, AllowanceTerm.Yearly),
            Cut("cut-poor-year", "Kurang", PeriodKind.Final, -50m, AllowanceTerm.Yearly),
            Cut("cut-very-poor-year", "Sangat Kurang", PeriodKind.Final, -75m, AllowanceTerm.Yearly),
            new PolicyRule
            {
                Id = "senior-missed-year",
                AchievementBelow = 100m,
                PeriodKind = PeriodKind.Final,
                Echelons = [Echelon.II],
                Decision = DecisionKind.ImprovementPlan,
                DeadlineMonths = 6,
                Recommendation = HrRecommendation.CompetencyReassessment,
            },
            new PolicyRule
            {
                Id = "senior-missed-two-years",
                AchievementBelow = 100m,
                PeriodKind = PeriodKind.Final,
                Echelons = [Echelon.II],
                ConsecutivePeriods = 2,
                Decision = DecisionKind.HrRecommendation,
                Recommendation = HrRecommendation.Transfer,
            },
            new PolicyRule
            {
                Id = "recognise-very-good-year",
                Labels = ["Sangat Baik"],
                PeriodKind = PeriodKind.Final,
                Decision = DecisionKind.Recognition,
            },
            new PolicyRule
            {
                Id = "coach-needs-improvement-quarter",
                Labels = ["Butuh Perbaikan"],
                PeriodKind = PeriodKind.Quarterly,
                Decision = DecisionKind.ImprovementPlan,
                DeadlineMonths = 3,
            },
        ],
    };

    public static readonly IReadOnlyList<Policy> All = [NationalDefault, KutaiKartanegaraExample];

    private static PolicyRule Cut(string id, string label, PeriodKind kind, decimal percent, AllowanceTerm term, decimal? ceiling = null) => new()
    {
        Id = id,
        Labels = [label],
        PeriodKind = kind,
        Decision = DecisionKind.AllowanceAdjustment,
        AllowancePercent = percent,
        AllowanceTerm = term,
        AllowanceCeilingPercent = ceiling,
    };
}
