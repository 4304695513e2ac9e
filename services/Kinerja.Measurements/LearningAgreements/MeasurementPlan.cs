namespace Kinerja.Measurements.LearningAgreements;

/// <summary>Whether an agreement's indicators are still to be measured.</summary>
internal enum PlanStatus
{
    InForce,
    Closed,
    Withdrawn,
}

/// <summary>This service's view of one agreement: what must be measured, when, by whom, against which targets. <c>SourceId</c> is the Agreements service's id text.</summary>
internal sealed record MeasurementPlan(
    AgreementId AgreementId,
    int Version,
    RegionCode Region,
    string UnitId,
    int Year,
    Official Receiver,
    int ReceiverVersion,
    string? GiverNip,
    ImmutableList<PlannedIndicator> Indicators,
    AgreementClosedFact? Closing,
    ImmutableHashSet<string> AppliedFacts,
    string? SourceId = null,
    OfficialChangedFact? Handover = null,
    string? PredecessorNip = null)
{
    public PlanStatus Status => Closing switch
    {
        null => PlanStatus.InForce,
        { Withdrawn: true } => PlanStatus.Withdrawn,
        _ => PlanStatus.Closed,
    };

    public DateOnly? ClosedOn => Closing?.ClosedOn;

    public static MeasurementPlan From(AgreementSignedFact fact) => new(
        fact.AgreementId,
        fact.Version,
        fact.Region,
        fact.UnitId,
        fact.Year,
        fact.Receiver,
        fact.Version,
        fact.GiverNip,
        fact.Indicators.Select(i => PlannedIndicator.From(i, fact.Version)).ToImmutableList(),
        null,
        [fact.Key],
        fact.SourceId);

    public PlannedIndicator? Indicator(IndicatorId id) => Indicators.Find(i => i.Id == id);

    /// <summary>Finds an indicator by its code (e.g. <c>IKU-1</c>, any case) or its id, as a bulk sheet names it.</summary>
    public PlannedIndicator? Indicator(string codeOrId) =>
        Indicators.Find(i => string.Equals(i.Code, codeOrId.Trim(), StringComparison.OrdinalIgnoreCase)) ??
        (Guid.TryParse(codeOrId, out var id) ? Indicator(new IndicatorId(id)) : null);

    /// <summary>A withdrawn agreement measures nothing; a closed one only the periods that began before it closed.</summary>
    public bool Measures(Period period) => Status switch
    {
        PlanStatus.InForce => true,
        PlanStatus.Closed => period.Start <= ClosedOn,
        _ => false,
    };

    /// <summary>The plan after a later fact; the same instance when the fact was already applied or is older than what the plan knows.</summary>
    public MeasurementPlan Apply(AgreementFact fact)
    {
        if (fact.AgreementId != AgreementId || AppliedFacts.Contains(fact.Key))
        {
            return this;
        }
        var applied = fact switch
        {
            RevisionApprovedFact revision when revision.Version > Version => Revise(revision),
            // The latest closing stands, whatever order closings arrive in (closed at handover, later withdrawn).
            AgreementClosedFact closed when Closing is null || closed.Version > Closing.Version => this with { Closing = closed },
            OfficialChangedFact changed when Handover is null || changed.Version > Handover.Version => ChangeOfficial(changed),
            _ => null,
        };
        return applied is null ? this : applied with { AppliedFacts = AppliedFacts.Add(fact.Key) };
    }

    // A revision the handover came after (its version is at most the handover's) was stated by the outgoing official:
    // the indicators they answered for pass to the newcomer here too, whichever of the two facts arrived first.
    private MeasurementPlan Revise(RevisionApprovedFact revision)
    {
        var indicators = revision.Indicators
            .Select(i => Indicator(i.Id) is { } known ? known.Revise(i, revision.Version) : PlannedIndicator.From(i, revision.Version))
            .ToImmutableList();
        return this with
        {
            Version = revision.Version,
            Indicators = Handover is { } handover && revision.Version <= handover.Version
                ? PassOn(indicators, PredecessorNip, handover.Receiver.Nip)
                : indicators,
        };
    }

    // The handover's version is the agreement version in force when it happened; it does not make a new version.
    // Indicators the outgoing official was responsible for pass to the newcomer; others keep their person responsible.
    // A change older than a revision the plan already has only names the receiver: that revision's indicators are newer.
    private MeasurementPlan ChangeOfficial(OfficialChangedFact changed) => this with
    {
        Receiver = changed.Receiver,
        ReceiverVersion = changed.Version,
        Handover = changed,
        PredecessorNip = PredecessorNip ?? Receiver.Nip,
        Indicators = changed.Version < Version ? Indicators : PassOn(Indicators, PredecessorNip ?? Receiver.Nip, changed.Receiver.Nip),
    };

    private static ImmutableList<PlannedIndicator> PassOn(ImmutableList<PlannedIndicator> indicators, string? from, string to) =>
        indicators.Select(i => i.ResponsibleNip == from ? i with { ResponsibleNip = to } : i).ToImmutableList();
}
