using Kinerja.Evaluations.Rating;

namespace Kinerja.Evaluations.Calculating;

/// <summary>
/// The calculation engine: pure, no database, no clock. Give it the region's rules in force (and optionally the
/// rating scale in force) and it computes explained achievements of indicators, objectives and agreements from
/// the start of the year up to a period. The period may be of any frequency: "up to TW II" covers June for a
/// monthly indicator and Semester I for a semester one; <see cref="ReportingPeriod.WholeYear"/> is the year.
/// </summary>
internal sealed class AchievementCalculator(CalculationRules rules, RatingScale? scale = null)
{
    private readonly RulesApplied _rulesApplied = RulesApplied.From(rules);

    public IndicatorAchievement Indicator(IndicatorInput indicator, ReportingPeriod upTo)
    {
        var periods = PeriodConsolidation.UpTo(indicator, upTo);
        var achievement = new IndicatorAchievement
        {
            IndicatorId = indicator.Id,
            Name = indicator.Name,
            UpTo = upTo,
            Weight = indicator.Weight,
            Status = periods.Status,
            NotReportedPeriods = periods.NotReportedPeriods,
            Explanation = new()
            {
                Targets = periods.Targets,
                Realisations = periods.Realisations,
                Consolidation = periods.Text,
                Rules = _rulesApplied,
                Notes = periods.Notes,
            },
        };
        if (periods.Status != AchievementStatus.Computed)
        {
            return achievement;
        }
        var formula = AchievementFormula.Apply(periods.Realisation, periods.Target!, indicator.Polarity, indicator.TargetIsMaximum, rules);
        var (score, cap) = Cap(formula.Value);
        var rating = scale?.Rate(score);
        return achievement with
        {
            Achievement = new(formula.Value),
            Score = new(score),
            Rating = rating,
            Explanation = achievement.Explanation with { Formula = formula.Text, Cap = cap, Rating = rating?.Text },
        };
    }

    public ObjectiveAchievement Objective(ObjectiveInput objective, ReportingPeriod upTo)
    {
        var indicators = objective.Indicators.Select(i => Indicator(i, upTo)).ToList();
        var result = RollUp.Mean(
            indicators.Select(i => new RollUp.Part(i.Name, i.Weight, i.Status, i.Achievement, i.Score)).ToList(), rules.Weighted, "indikator");
        var rating = Rate(result);
        return new()
        {
            ObjectiveId = objective.Id,
            Name = objective.Name,
            Weight = objective.Weight,
            Status = result.Status,
            Achievement = result.Achievement,
            Score = result.Score,
            Rating = rating,
            Indicators = Coverage.Of(indicators.Select(i => i.Status)),
            IndicatorAchievements = indicators,
            Explanation = new() { RollUp = result.Text, Rating = rating?.Text, Rules = _rulesApplied },
        };
    }

    public AgreementAchievement Agreement(AgreementInput agreement, ReportingPeriod upTo)
    {
        var objectives = agreement.Objectives.Select(o => Objective(o, upTo)).ToList();
        var result = RollUp.Mean(
            objectives.Select(o => new RollUp.Part(o.Name, o.Weight, o.Status, o.Achievement, o.Score)).ToList(), rules.Weighted, "sasaran");
        var rating = Rate(result);
        return new()
        {
            AgreementId = agreement.AgreementId,
            AgreementVersion = agreement.Version,
            RegionCode = agreement.RegionCode,
            UpTo = upTo,
            Status = result.Status,
            Achievement = result.Achievement,
            Score = result.Score,
            Rating = rating,
            Objectives = Coverage.Of(objectives.Select(o => o.Status)),
            Indicators = objectives.Aggregate(new Coverage(0, 0, 0, 0), (sum, o) => sum + o.Indicators),
            ObjectiveAchievements = objectives,
            Explanation = new() { RollUp = result.Text, Rating = rating?.Text, Rules = _rulesApplied },
        };
    }

    private AppliedRating? Rate(RollUp.Result result) => result.Score is null ? null : scale?.Rate(result.Score.Exact);

    private (decimal Score, string Text) Cap(decimal achievement)
    {
        if (rules.Cap is not { } cap)
        {
            return (achievement, $"tanpa batas skor: skor = capaian = {Rounding.Result(achievement)}");
        }
        var score = cap.Apply(achievement);
        return cap.Caps(achievement)
            ? (score, $"{cap.Name}: capaian {Rounding.Result(achievement)} > {Rounding.Input(cap.Threshold)} → skor {Rounding.Result(score)}")
            : (score, $"{cap.Name}: capaian {Rounding.Result(achievement)} ≤ {Rounding.Input(cap.Threshold)} → skor = capaian = {Rounding.Result(score)}");
    }
}
