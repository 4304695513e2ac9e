using System.Globalization;

namespace Kinerja.SanctionReward.Policies.Explaining;

/// <summary>The words of one language; the sentence shapes live in <see cref="PolicyExplanation"/>.</summary>
internal abstract class Wording
{
    private static readonly Wording English = new EnglishWording();
    private static readonly Wording Indonesian = new IndonesianWording();

    public static Wording For(Language language) => language == Language.English ? English : Indonesian;

    public abstract string If { get; }

    public abstract string And { get; }

    public abstract string Or { get; }

    public abstract string RatingIs(string labels);

    public abstract string AchievementBetween(string from, string below);

    public abstract string AchievementAtLeast(string from);

    public abstract string AchievementBelow(string below);

    public abstract string InEvaluation(PeriodKind kind);

    public abstract string Consecutive(int count, PeriodKind? kind);

    public abstract string ForOfficials(string echelons);

    public abstract string Echelon(Echelon echelon);

    public abstract string Recognition { get; }

    public abstract string WrittenWarning { get; }

    public abstract string Allowance(decimal percent, AllowanceTerm? term);

    public abstract string Ceiling(string percent);

    public abstract string ImprovementPlan(int months);

    public abstract string FollowUp(HrRecommendation recommendation);

    public abstract string Recommend(HrRecommendation recommendation);

    public abstract string PolicyHeading(Policy policy);

    public abstract string ScaleNote(string scaleId);

    public abstract string Date(DateOnly date);

    public abstract char DecimalSeparator { get; }

    public string Number(decimal value) =>
        value.ToString("0.##########", CultureInfo.InvariantCulture).Replace('.', DecimalSeparator);

    public string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count <= 1 ? string.Concat(all) : $"{string.Join(", ", all[..^1])} {Or} {all[^1]}";
    }
}
