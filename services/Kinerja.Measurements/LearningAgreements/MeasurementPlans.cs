namespace Kinerja.Measurements.LearningAgreements;

/// <summary>
/// Every agreement this service has learned of, built by applying the Agreements service's facts in any order and
/// any number of times. A fact about an agreement not yet signed here is parked, and applied when the signing arrives.
/// </summary>
internal sealed record MeasurementPlans(
    ImmutableDictionary<AgreementId, MeasurementPlan> Plans,
    ImmutableDictionary<AgreementId, ImmutableList<AgreementFact>> Parked)
{
    public static readonly MeasurementPlans Empty = new(
        ImmutableDictionary<AgreementId, MeasurementPlan>.Empty,
        ImmutableDictionary<AgreementId, ImmutableList<AgreementFact>>.Empty);

    public MeasurementPlan? this[AgreementId id] => Plans.GetValueOrDefault(id);

    /// <summary>The periods of these plans' indicators that lie inside <paramref name="period"/> (TW I: the quarter and its months).</summary>
    public IReadOnlyList<Period> PeriodsWithin(Period period) =>
        Plans.Values.SelectMany(plan => plan.Indicators.SelectMany(indicator => indicator.PeriodsOf(plan.Year))).Where(period.Contains).Distinct().ToArray();

    /// <summary>The plans after one more fact; the same instance when the fact changes nothing.</summary>
    public MeasurementPlans Learn(AgreementFact fact)
    {
        if (fact is AgreementSignedFact signed)
        {
            return Plans.ContainsKey(signed.AgreementId) ? this : Sign(signed);
        }
        if (Plans.TryGetValue(fact.AgreementId, out var plan))
        {
            var applied = plan.Apply(fact);
            return ReferenceEquals(applied, plan) ? this : this with { Plans = Plans.SetItem(plan.AgreementId, applied) };
        }
        var parked = Parked.GetValueOrDefault(fact.AgreementId, []);
        return parked.Any(p => p.Key == fact.Key)
            ? this
            : this with { Parked = Parked.SetItem(fact.AgreementId, parked.Add(fact)) };
    }

    public static MeasurementPlans From(IEnumerable<AgreementFact> facts) => facts.Aggregate(Empty, (plans, fact) => plans.Learn(fact));

    private MeasurementPlans Sign(AgreementSignedFact signed)
    {
        var plan = MeasurementPlan.From(signed);
        // Parked facts apply in version order, so a revision parked behind a later one is recognised as stale.
        foreach (var fact in Parked.GetValueOrDefault(signed.AgreementId, []).OrderBy(f => f.Version))
        {
            plan = plan.Apply(fact);
        }
        return new MeasurementPlans(Plans.Add(plan.AgreementId, plan), Parked.Remove(signed.AgreementId));
    }
}
