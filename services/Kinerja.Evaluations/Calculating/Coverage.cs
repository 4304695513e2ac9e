namespace Kinerja.Evaluations.Calculating;

/// <summary>How many parts a roll-up counted and how many it left out, and why: missing data is never a zero.</summary>
internal sealed record Coverage(int Computed, int NotReported, int NoTarget, int NotDue)
{
    public int Total => Computed + NotReported + NoTarget + NotDue;

    public static Coverage Of(IEnumerable<AchievementStatus> statuses)
    {
        var list = statuses.ToList();
        return new(
            list.Count(s => s == AchievementStatus.Computed),
            list.Count(s => s == AchievementStatus.NotReported),
            list.Count(s => s == AchievementStatus.NoTarget),
            list.Count(s => s == AchievementStatus.NotDue));
    }

    public static Coverage operator +(Coverage a, Coverage b) =>
        new(a.Computed + b.Computed, a.NotReported + b.NotReported, a.NoTarget + b.NoTarget, a.NotDue + b.NotDue);
}
