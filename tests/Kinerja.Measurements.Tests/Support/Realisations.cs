namespace Kinerja.Measurements.Tests.Support;

/// <summary>Runs commands against a realisation the way the service will: decide, then fold the events in.</summary>
internal sealed class RealisationScenario
{
    public RealisationScenario(IndicatorId indicator, Period period, MeasurementPlan? plan = null)
    {
        Key = new RealisationKey(Agreements.Id, indicator, period);
        State = Realisation.NotReported(Key);
        Plan = plan ?? Agreements.Plan();
        Periods = RegionPeriods.Open(Agreements.Region);
    }

    public RealisationKey Key { get; }

    public Realisation State { get; private set; }

    public MeasurementPlan Plan { get; set; }

    public RegionPeriods Periods { get; set; }

    public FixedClock Clock { get; } = new();

    public List<IRealisationEvent> History { get; } = [];

    public MeasurementContext ContextFor(Caller caller) => new(Plan, Periods, caller);

    /// <summary>Decides with <paramref name="decide"/> and, when accepted, appends and folds the events.</summary>
    public Decision Run(Caller caller, Func<Realisation, TimeProvider, MeasurementContext, Decision> decide)
    {
        var decision = decide(State, Clock, ContextFor(caller));
        foreach (var e in decision.Events.Cast<IRealisationEvent>())
        {
            History.Add(e);
            State = State.Evolve(e);
        }
        return decision;
    }

    public static Submission Value(decimal value, string? gap = null, string? followUp = null) =>
        new(value, new Evidence.Link(new Uri("https://arsip.kukarkab.go.id/bukti/1")), null, gap, followUp);
}

internal static class DecisionAssertions
{
    public static void ShouldBeRefused(this Decision decision, Refusal refusal, string field)
    {
        decision.IsAccepted.ShouldBeFalse();
        decision.Events.ShouldBeEmpty();
        decision.Refusal.ShouldBe(refusal);
        decision.Errors.Keys.ShouldContain(field);
    }

    public static T ShouldAcceptOne<T>(this Decision decision)
    {
        decision.Errors.ShouldBeEmpty();
        decision.IsAccepted.ShouldBeTrue();
        return decision.Events.ShouldHaveSingleItem().ShouldBeOfType<T>();
    }
}
