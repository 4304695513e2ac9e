namespace Kinerja.Evaluations.Configuring;

using EventStore = Kinerja.EventStore.EventStore;

/// <summary>
/// Rating scales and calculation rules as data: every version ever set, folded from two streams. Versions are
/// never edited; a region's override or a new national default is a new version with an effective date.
/// </summary>
internal sealed record Configuration(IReadOnlyList<RatingScale> Scales, IReadOnlyList<CalculationRules> Rules, long ScalesVersion, long RulesVersion)
{
    public const string ScalesStream = "rating-scales";
    public const string RulesStream = "calculation-rules";
    public const string NationalTenant = "national";

    public RatingScale? ScaleFor(string regionCode, DateOnly date) =>
        RatingScale.InForceFor(Scales, ScalePurpose.Achievement, regionCode, date);

    /// <summary>The scales in force for the region and date other than the achievement scale (employee, SAKIP, a region's own).</summary>
    public IEnumerable<RatingScale> OtherScalesFor(string regionCode, DateOnly date) =>
        Scales.Select(s => s.Purpose).Where(p => p != ScalePurpose.Achievement).Distinct()
            .Select(purpose => RatingScale.InForceFor(Scales, purpose, regionCode, date)).OfType<RatingScale>();

    public CalculationRules RulesFor(string regionCode, DateOnly date) => CalculationRules.InForceFor(Rules, regionCode, date);

    public int NextScaleVersion(string id, string? regionCode) =>
        Scales.Where(s => s.Id == id && s.RegionCode == regionCode).Select(s => s.Version).DefaultIfEmpty(0).Max() + 1;

    public int NextRulesVersion(string? regionCode) =>
        Rules.Where(r => r.RegionCode == regionCode).Select(r => r.Version).DefaultIfEmpty(0).Max() + 1;

    public static async Task<Configuration> LoadAsync(EventStore store, CancellationToken cancellationToken)
    {
        var scales = await store.ReadStreamAsync(ScalesStream, cancellationToken: cancellationToken);
        var rules = await store.ReadStreamAsync(RulesStream, cancellationToken: cancellationToken);
        return new(
            scales.Select(e => e.Data).OfType<RatingScaleDefined>().Select(d => d.Scale).ToList(),
            rules.Select(e => e.Data).OfType<CalculationRulesDefined>().Select(d => d.Rules).ToList(),
            scales.Count == 0 ? 0 : scales[^1].Version,
            rules.Count == 0 ? 0 : rules[^1].Version);
    }
}
