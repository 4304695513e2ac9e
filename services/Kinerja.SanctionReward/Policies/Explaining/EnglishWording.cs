using System.Globalization;

namespace Kinerja.SanctionReward.Policies.Explaining;

internal sealed class EnglishWording : Wording
{
    public override string If => "If";

    public override string And => "and";

    public override string Or => "or";

    public override char DecimalSeparator => '.';

    public override string RatingIs(string labels) => $"the rating is {labels}";

    public override string AchievementBetween(string from, string below) => $"achievement is from {from} % to below {below} %";

    public override string AchievementAtLeast(string from) => $"achievement is at least {from} %";

    public override string AchievementBelow(string below) => $"achievement is below {below} %";

    public override string InEvaluation(PeriodKind kind) =>
        kind == PeriodKind.Final ? "in the year-end evaluation" : "in a quarterly evaluation";

    public override string Consecutive(int count, PeriodKind? kind) => kind switch
    {
        PeriodKind.Quarterly => $"for {count} consecutive quarters",
        PeriodKind.Final => $"for {count} consecutive years",
        _ => $"for {count} consecutive periods",
    };

    public override string ForOfficials(string echelons) => $"for {echelons} officials";

    public override string Echelon(Echelon echelon) => echelon == Policies.Echelon.JF ? "functional (JF)" : $"echelon {echelon}";

    public override string Recognition => "grant a recognition (penghargaan)";

    public override string WrittenWarning => "issue a written warning";

    public override string Allowance(decimal percent, AllowanceTerm? term)
    {
        var verb = percent < 0 ? "cut" : "raise";
        var per = term switch
        {
            AllowanceTerm.Monthly => " a month",
            AllowanceTerm.Yearly => " for the year",
            _ => "",
        };
        return $"{verb} the allowance (TPP) by {Number(Math.Abs(percent))} %{per}";
    }

    public override string Ceiling(string percent) => $"(at most {percent} % a year)";

    public override string ImprovementPlan(int months) => $"require a performance improvement plan within {months} months";

    public override string FollowUp(HrRecommendation recommendation) =>
        $"then, if performance has not improved, {Recommend(recommendation)}";

    public override string Recommend(HrRecommendation recommendation) =>
        $"recommend {Thing(recommendation)} to the HR authority";

    public override string PolicyHeading(Policy policy)
    {
        var owner = policy.Region is null ? "National default policy" : $"Policy of region {policy.Region}";
        var title = string.IsNullOrWhiteSpace(policy.Title) ? "" : $" \"{policy.Title}\"";
        var from = policy.EffectiveFrom is { } date ? $", in force from {Date(date)}" : ", with no effective date yet";
        return $"{owner}{title} version {policy.Version}{from}.";
    }

    public override string ScaleNote(string scaleId) => $"Ratings are labels of the scale {scaleId}.";

    public override string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Thing(HrRecommendation recommendation) => recommendation switch
    {
        HrRecommendation.CompetencyReassessment => "a competency re-assessment",
        HrRecommendation.Transfer => "a transfer",
        _ => "a demotion",
    };
}
