namespace Kinerja.Evaluations.Rating;

/// <summary>Picks the configuration in force for a region on a date.</summary>
internal static class InForce
{
    /// <summary>
    /// The region's own version in force on <paramref name="date"/>, else the national default in force then.
    /// "In force" is the latest effective date not after <paramref name="date"/>; on the same effective date the
    /// higher version wins, so a correction replaces the version it corrects without rewriting it.
    /// A region override starts to apply only from its own effective date: before it, the national default does.
    /// </summary>
    public static T? Resolve<T>(IEnumerable<T> versions, string regionCode, DateOnly date)
        where T : class, IRegionalVersion
    {
        var effective = versions.Where(v => v.EffectiveFrom <= date).ToList();
        return Latest(effective.Where(v => v.RegionCode == regionCode))
            ?? Latest(effective.Where(v => v.RegionCode is null));
    }

    private static T? Latest<T>(IEnumerable<T> versions)
        where T : class, IRegionalVersion =>
        versions.OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => v.Version).FirstOrDefault();
}
