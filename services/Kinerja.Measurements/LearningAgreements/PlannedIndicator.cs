namespace Kinerja.Measurements.LearningAgreements;

/// <summary>A period's target and the agreement version that set it; realisations record which one they were measured against.</summary>
internal sealed record PlannedTarget(Period Period, Target Target, int Version);

/// <summary>An indicator this service must collect realisations for.</summary>
internal sealed record PlannedIndicator(
    IndicatorId Id,
    string Code,
    string Name,
    string UnitOfMeasure,
    ValueKind ValueKind,
    Polarity Polarity,
    Consolidation Consolidation,
    QuarterlyTargetKind QuarterlyTargetKind,
    Frequency Frequency,
    string ResponsibleNip,
    ImmutableDictionary<Period, PlannedTarget> Targets,
    ImmutableList<PlannedTarget> TargetHistory)
{
    public static PlannedIndicator From(IndicatorFact fact, int version)
    {
        var targets = fact.Targets.Select(t => new PlannedTarget(t.Period, t.Target, version)).ToImmutableList();
        return new PlannedIndicator(fact.Id, fact.Code, fact.Name, fact.UnitOfMeasure, fact.ValueKind, fact.Polarity, fact.Consolidation,
            fact.QuarterlyTargetKind, fact.Frequency, fact.ResponsibleNip, targets.ToImmutableDictionary(t => t.Period), targets);
    }

    /// <summary>The indicator as a revision states it; a period whose target did not change keeps the version that set it.</summary>
    public PlannedIndicator Revise(IndicatorFact fact, int version)
    {
        var changed = fact.Targets
            .Where(t => !Targets.TryGetValue(t.Period, out var current) || current.Target != t.Target)
            .Select(t => new PlannedTarget(t.Period, t.Target, version))
            .ToArray();
        var kept = fact.Targets.Select(t => t.Period).Except(changed.Select(c => c.Period)).Select(p => Targets[p]);
        return From(fact, version) with
        {
            Targets = kept.Concat(changed).ToImmutableDictionary(t => t.Period),
            TargetHistory = TargetHistory.AddRange(changed),
        };
    }

    public IReadOnlyList<Period> PeriodsOf(int year) => Period.AllOf(Frequency, year);

    public PlannedTarget? TargetFor(Period period) => Targets.GetValueOrDefault(period);
}
