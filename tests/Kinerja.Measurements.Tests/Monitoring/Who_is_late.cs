using Kinerja.Measurements.Monitoring;
using Kinerja.Measurements.Recording;
using Kinerja.Measurements.Returning;
using Kinerja.Measurements.Verifying;

namespace Kinerja.Measurements.Tests.Monitoring;

public class Who_is_late
{
    private static readonly AgreementId Dishub = new(Guid.Parse("7b0e4c1e-0000-4000-8000-000000000002"));
    private readonly MeasurementPlans _plans = MeasurementPlans.From([Agreements.Signed(), Agreements.Signed(Dishub, "dishub")]);
    private readonly Dictionary<RealisationKey, Realisation> _realisations = [];

    private void Realise(IndicatorId indicator, Period period, decimal value, params Func<Realisation, TimeProvider, MeasurementContext, Decision>[] then)
    {
        var scenario = new RealisationScenario(indicator, period);
        scenario.Run(Callers.Responsible with { Roles = [KinerjaRoles.Operator] },
            (s, c, x) => new RecordRealisation(s.Key, RealisationScenario.Value(value, "gap", "plan")).Decide(s, c, x)).IsAccepted.ShouldBeTrue();
        foreach (var step in then)
        {
            scenario.Run(Callers.Superior, step).IsAccepted.ShouldBeTrue();
        }
        _realisations[scenario.Key] = scenario.State;
    }

    [Fact]
    public void everything_due_in_the_quarter_that_does_not_count_is_listed_with_why()
    {
        var q1 = Period.Quarter(2025, 1);
        Realise(Agreements.Coverage, q1, 27m, (s, c, x) => new VerifyRealisation(s.Key).Decide(s, c, x));
        Realise(Agreements.Stunting, q1, 118m);
        Realise(Agreements.Budget, Period.Month(2025, 1), 1_000m, (s, c, x) => new ReturnRealisation(s.Key, "bukti kurang").Decide(s, c, x));

        var late = new WhoIsLate(Agreements.Region, Agreements.Unit, q1).Run(_plans, _realisations);

        late.Select(m => $"{m.IndicatorCode} {m.Period} {m.Lateness}").ShouldBe(
        [
            "IKU-2 2025-Q1 AwaitingVerification",
            "IKU-4 2025-M01 Returned",
            "IKU-4 2025-M02 NotReported",
            "IKU-4 2025-M03 NotReported",
        ]);
        late.ShouldAllBe(m => m.UnitId == Agreements.Unit && m.Receiver.Nip == Agreements.ReceiverNip);
    }

    [Fact]
    public void nothing_reported_is_shown_as_not_reported_never_as_zero()
    {
        var late = new WhoIsLate(Agreements.Region, Agreements.Unit, Period.Quarter(2025, 1)).Run(_plans, _realisations);

        var coverage = late.Single(m => m.IndicatorId == Agreements.Coverage);
        coverage.Lateness.ShouldBe(Lateness.NotReported);
        coverage.ReportedValue.ShouldBeNull();
        coverage.ResponsibleNip.ShouldBe(Agreements.ResponsibleNip);
    }

    [Fact]
    public void the_whole_region_lists_every_unit_and_other_regions_and_years_are_left_out()
    {
        var region = new WhoIsLate(Agreements.Region, null, Period.Quarter(2025, 1)).Progress(_plans, _realisations);
        region.Select(p => (p.UnitId, p.Due, p.NotReported)).ShouldBe([("dinkes", 5, 5), ("dishub", 5, 5)], ignoreOrder: true);

        new WhoIsLate(RegionCode.Parse("64.72"), null, Period.Quarter(2025, 1)).Run(_plans, _realisations).ShouldBeEmpty();
        new WhoIsLate(Agreements.Region, null, Period.Quarter(2026, 1)).Run(_plans, _realisations).ShouldBeEmpty();
    }

    [Fact]
    public void the_year_lists_annual_indicators_and_a_withdrawn_agreement_owes_nothing()
    {
        var year = new WhoIsLate(Agreements.Region, Agreements.Unit, Period.Annual(2025));
        year.Progress(_plans, _realisations).ShouldHaveSingleItem().Due.ShouldBe(4 + 4 + 1 + 12);

        var withdrawn = _plans.Learn(new AgreementClosedFact(Agreements.Id, 2, new DateOnly(2025, 2, 1), Withdrawn: true));
        year.Run(withdrawn, _realisations).ShouldBeEmpty();
    }

    [Fact]
    public void progress_counts_what_counts_and_what_is_missing_per_unit()
    {
        var q1 = Period.Quarter(2025, 1);
        Realise(Agreements.Coverage, q1, 27m, (s, c, x) => new VerifyRealisation(s.Key).Decide(s, c, x));
        Realise(Agreements.Stunting, q1, 118m);

        new WhoIsLate(Agreements.Region, Agreements.Unit, q1).Progress(_plans, _realisations)
            .ShouldBe([new UnitProgress("dinkes", Due: 5, Counting: 1, NotReported: 3, AwaitingVerification: 1, Returned: 0)]);
    }
}
