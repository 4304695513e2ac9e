using Kinerja.Measurements.ClosingPeriod;
using Kinerja.Measurements.Correcting;
using Kinerja.Measurements.Recording;
using Kinerja.Measurements.ReopeningPeriod;
using Kinerja.Measurements.Verifying;

namespace Kinerja.Measurements.Tests.ClosingPeriod;

public class Closing_and_reopening_periods
{
    private static readonly DateTimeOffset October = new(2025, 10, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly FixedClock _clock = new(October);
    private RegionPeriods _periods = RegionPeriods.Open(Agreements.Region);

    private Decision Run(Caller caller, Func<RegionPeriods, Decision> decide)
    {
        var decision = decide(_periods);
        _periods = decision.Events.Aggregate(_periods, (state, e) => state.Evolve(e));
        return decision;
    }

    private Decision Close(Period period, Caller? caller = null) =>
        Run(caller ?? Callers.RegionOperator, state => new ClosePeriod(Agreements.Region, period).Decide(state, _clock, caller ?? Callers.RegionOperator));

    private Decision Reopen(Period period, string? reason, Caller? caller = null) =>
        Run(caller ?? Callers.RegionOperator, state => new ReopenPeriod(Agreements.Region, period, reason).Decide(state, _clock, caller ?? Callers.RegionOperator));

    private Decision Record(IndicatorId indicator, Period period, decimal value)
    {
        var scenario = new RealisationScenario(indicator, period) { Periods = _periods };
        scenario.Clock.Now = October;
        return scenario.Run(Callers.UnitOperator, (s, c, x) => new RecordRealisation(s.Key, RealisationScenario.Value(value)).Decide(s, c, x));
    }

    [Fact]
    public void an_operator_of_the_region_closes_a_period_and_entries_for_it_are_refused()
    {
        var closed = Close(Period.Quarter(2025, 2)).ShouldAcceptOne<PeriodClosed>();

        closed.Period.Label.ShouldBe("TW II 2025");
        closed.ClosedBy.Subject.ShouldBe(Callers.RegionOperator.Subject);
        var refused = Record(Agreements.Coverage, Period.Quarter(2025, 2), 60m);
        refused.ShouldBeRefused(Refusal.Conflict, "period");
        refused.Errors["period"][0].ShouldBe("TW II 2025 is closed; it must be reopened with a reason first.");
        Record(Agreements.Coverage, Period.Quarter(2025, 3), 80m).IsAccepted.ShouldBeTrue();
    }

    [Fact]
    public void a_period_that_has_not_ended_cannot_be_closed()
    {
        _clock.Now = new DateTimeOffset(2025, 6, 30, 23, 0, 0, TimeSpan.Zero);
        Close(Period.Quarter(2025, 2)).ShouldBeRefused(Refusal.Invalid, "period");

        _clock.Now = new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero);
        Close(Period.Quarter(2025, 2)).IsAccepted.ShouldBeTrue();
    }

    [Fact]
    public void closing_a_quarter_also_locks_its_months()
    {
        Close(Period.Quarter(2025, 2));

        Record(Agreements.Budget, Period.Month(2025, 5), 1_000m).ShouldBeRefused(Refusal.Conflict, "period");
        Record(Agreements.Budget, Period.Month(2025, 7), 1_000m).IsAccepted.ShouldBeTrue();
    }

    [Fact]
    public void a_closed_period_also_refuses_corrections_but_not_verification()
    {
        var scenario = new RealisationScenario(Agreements.Coverage, Period.Quarter(2025, 1));
        scenario.Run(Callers.Responsible, (s, c, x) => new RecordRealisation(s.Key, RealisationScenario.Value(30m)).Decide(s, c, x));
        Close(Period.Quarter(2025, 1));
        scenario.Periods = _periods;

        scenario.Run(Callers.Responsible, (s, c, x) => new CorrectRealisation(s.Key, RealisationScenario.Value(31m), "late fix").Decide(s, c, x))
            .ShouldBeRefused(Refusal.Conflict, "period");
        scenario.Run(Callers.Superior, (s, c, x) => new VerifyRealisation(s.Key).Decide(s, c, x)).IsAccepted.ShouldBeTrue();
    }

    [Fact]
    public void reopening_needs_a_reason_and_then_late_entry_is_accepted()
    {
        Close(Period.Quarter(2025, 2));

        Reopen(Period.Quarter(2025, 2), "").ShouldBeRefused(Refusal.Invalid, "reason");
        // Found by the reliability fuzzing: a 300 000-character reason was accepted and stored.
        Reopen(Period.Quarter(2025, 2), new string('x', 4001)).ShouldBeRefused(Refusal.Invalid, "reason");
        Reopen(Period.Quarter(2025, 2), "banjir\u0000").ShouldBeRefused(Refusal.Invalid, "reason");
        var reopened = Reopen(Period.Quarter(2025, 2), "Puskesmas Muara Badak terlambat karena banjir").ShouldAcceptOne<PeriodReopened>();

        reopened.Reason.ShouldBe("Puskesmas Muara Badak terlambat karena banjir");
        reopened.ReopenedBy.Subject.ShouldBe(Callers.RegionOperator.Subject);
        Record(Agreements.Coverage, Period.Quarter(2025, 2), 60m).IsAccepted.ShouldBeTrue();
    }

    [Fact]
    public void a_unit_operator_may_not_close_or_reopen_and_nor_may_another_region()
    {
        Close(Period.Quarter(2025, 2), Callers.UnitOperator).ShouldBeRefused(Refusal.Forbidden, "region");
        Close(Period.Quarter(2025, 2), Callers.OtherRegionOperator).ShouldBeRefused(Refusal.Forbidden, "region");
        Close(Period.Quarter(2025, 2));
        Reopen(Period.Quarter(2025, 2), "because", Callers.UnitOperator).ShouldBeRefused(Refusal.Forbidden, "region");
    }

    [Fact]
    public void closing_twice_or_reopening_what_is_not_closed_is_a_conflict()
    {
        Close(Period.Semester(2025, 1));

        Close(Period.Semester(2025, 1)).ShouldBeRefused(Refusal.Conflict, "period");
        var inside = Reopen(Period.Quarter(2025, 2), "late");
        inside.ShouldBeRefused(Refusal.Conflict, "period");
        inside.Errors["period"][0].ShouldContain("Semester I 2025 is");
        Reopen(Period.Quarter(2025, 3), "late").ShouldBeRefused(Refusal.Conflict, "period");
    }
}
