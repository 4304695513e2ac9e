using Kinerja.Evaluations.Configuring;

namespace Kinerja.Evaluations.Evaluating;

/// <summary>
/// Evaluates one agreement up to a period with the engine, the rules and the achievement scale in force for that
/// period in the agreement's region, and words the result as the published contract.
/// </summary>
internal static class Evaluator
{
    private static readonly JsonSerializerOptions ExplanationJson = new(JsonSerializerDefaults.Web);

    public static EvaluationMade Evaluate(AgreementFile file, long inputsVersion, ReportingPeriod upTo, Configuration configuration,
        DateTimeOffset now, string trigger)
    {
        var terms = file.Terms!;
        var date = EvaluationPeriods.LastDay(upTo);
        var rules = configuration.RulesFor(terms.RegionCode, date);
        var scale = configuration.ScaleFor(terms.RegionCode, date);
        var input = EngineInput.From(file);
        var achievement = new AchievementCalculator(rules, scale).Agreement(input, upTo);
        var indicators = Indicators(input, achievement, upTo, terms.Objectives);
        var result = new AgreementEvaluated(
            EvaluationId: Guid.CreateVersion7().ToString(),
            Supersedes: null,
            AgreementId: terms.AgreementId,
            AgreementVersion: terms.Version,
            RegionCode: terms.RegionCode,
            FiscalYear: terms.FiscalYear,
            Period: EvaluationPeriods.Format(upTo),
            PeriodKind: EvaluationPeriods.Kind(upTo),
            Receiver: new EvaluatedOfficial(terms.Receiver.Nip, terms.Receiver.Name, terms.Receiver.PositionId,
                terms.Receiver.PositionTitle, terms.Receiver.Echelon, terms.UnitId, terms.UnitName),
            IsUnitHeadResult: terms.Receiver.Echelon is "II" or "HeadOfRegion",
            Achievement: achievement.Achievement?.Rounded,
            Score: achievement.Score?.Rounded,
            Rating: achievement.Rating is { } rating ? new EvaluationRating(rating.Label, rating.LabelEn, rating.ScaleId, rating.ScaleVersion) : null,
            Indicators: indicators,
            IndicatorsNotReported: achievement.Indicators.NotReported,
            EvaluatedAt: now,
            RulesVersion: rules.Version,
            RulesRegionCode: rules.RegionCode,
            OtherRatings: achievement.Score?.Rounded is { } score
                ? configuration.OtherScalesFor(terms.RegionCode, date).Select(other => other.Rate(score))
                    .Select(r => new EvaluationRating(r.Label, r.LabelEn, r.ScaleId, r.ScaleVersion)).ToList()
                : null);
        return new EvaluationMade(result, JsonSerializer.SerializeToElement(achievement, ExplanationJson), inputsVersion, trigger);
    }

    /// <summary>Whether a new evaluation says anything the standing one does not; if not, nothing is recorded.</summary>
    public static bool SameAs(this AgreementEvaluated fresh, AgreementEvaluated standing) =>
        fresh.AgreementVersion == standing.AgreementVersion
        && fresh.Achievement == standing.Achievement
        && fresh.Score == standing.Score
        && fresh.Rating == standing.Rating
        && fresh.RulesVersion == standing.RulesVersion
        && fresh.RulesRegionCode == standing.RulesRegionCode
        && fresh.IndicatorsNotReported == standing.IndicatorsNotReported
        && fresh.Receiver == standing.Receiver
        && fresh.Indicators.SequenceEqual(standing.Indicators);

    private static List<EvaluatedIndicator> Indicators(AgreementInput input, AgreementAchievement achievement, ReportingPeriod upTo,
        IReadOnlyList<AgreementObjective> objectives)
    {
        var list = new List<EvaluatedIndicator>();
        for (var o = 0; o < input.Objectives.Count; o++)
        {
            for (var i = 0; i < input.Objectives[o].Indicators.Count; i++)
            {
                var indicator = input.Objectives[o].Indicators[i];
                var upstream = objectives[o].Indicators[i];
                var figure = achievement.ObjectiveAchievements[o].IndicatorAchievements[i];
                var consolidated = PeriodConsolidation.UpTo(indicator, upTo);
                list.Add(new EvaluatedIndicator(
                    upstream.Id,
                    objectives[o].Id,
                    upstream.Name,
                    upstream.UnitOfMeasure,
                    upstream.Polarity,
                    consolidated.Target?.Text ?? EngineInput.Value(upstream.AnnualTarget).Text,
                    figure.Status == AchievementStatus.Computed ? consolidated.Realisation : null,
                    figure.Achievement?.Rounded,
                    figure.Score?.Rounded,
                    figure.Status.ToString()));
            }
        }
        return list;
    }
}
