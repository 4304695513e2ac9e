using Kinerja.Measurements.Recording;

namespace Kinerja.Measurements.Tests.LearningAgreements;

public class Learning_agreements
{
    private static readonly Official Newcomer = new("198503032010011004", "Budi Santoso", "Kepala Dinas Kesehatan");

    /// <summary>
    /// The parts of a plan that matter, comparable by value (immutable collections compare by reference). Not the
    /// version that set each target: a revision skipped because a later one came first cannot be credited with its changes.
    /// </summary>
    private static string Shape(MeasurementPlan plan) => new
    {
        plan.Version,
        plan.Status,
        plan.ClosedOn,
        plan.Receiver,
        Indicators = string.Join("; ", plan.Indicators.Select(i =>
            $"{i.Code} {i.ResponsibleNip} " + string.Join(",", i.Targets.Values.OrderBy(t => t.Period).Select(t => $"{t.Period}={t.Target}")))),
    }.ToString()!;

    [Fact]
    public void a_signed_agreement_becomes_a_plan_of_indicators_periods_and_targets()
    {
        var plan = MeasurementPlans.Empty.Learn(Agreements.Signed())[Agreements.Id].ShouldNotBeNull();

        plan.Region.ShouldBe(Agreements.Region);
        plan.Year.ShouldBe(2025);
        var coverage = plan.Indicator(Agreements.Coverage).ShouldNotBeNull();
        coverage.Frequency.ShouldBe(Frequency.Quarterly);
        coverage.ResponsibleNip.ShouldBe(Agreements.ResponsibleNip);
        coverage.PeriodsOf(plan.Year).Select(p => p.ToString()).ShouldBe(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]);
        coverage.TargetFor(Period.Quarter(2025, 3)).ShouldBe(new PlannedTarget(Period.Quarter(2025, 3), new Target.Point(75m), 1));
        plan.Indicator(Agreements.Budget)!.PeriodsOf(2025).Count.ShouldBe(12);
        plan.Indicator("iku-3").ShouldBe(plan.Indicator(Agreements.Satisfaction));
        plan.Indicator(Agreements.Stunting.ToString()).ShouldBe(plan.Indicator(Agreements.Stunting));
    }

    [Fact]
    public void the_same_fact_delivered_twice_changes_nothing()
    {
        var plans = MeasurementPlans.Empty.Learn(Agreements.Signed()).Learn(Agreements.Revised(2, 30m, 55m, 80m, 95m));

        plans.Learn(Agreements.Signed()).ShouldBeSameAs(plans);
        plans.Learn(Agreements.Revised(2, 30m, 55m, 80m, 95m)).ShouldBeSameAs(plans);
        var closed = plans.Learn(new AgreementClosedFact(Agreements.Id, 3, new DateOnly(2025, 12, 31), false));
        closed.Learn(new AgreementClosedFact(Agreements.Id, 3, new DateOnly(2025, 12, 31), false)).ShouldBeSameAs(closed);
    }

    [Fact]
    public void a_revision_updates_changed_targets_under_its_version_and_keeps_the_rest_and_the_history()
    {
        var plan = MeasurementPlans.Empty.Learn(Agreements.Signed()).Learn(Agreements.Revised(2, 25m, 50m, 70m, 90m))[Agreements.Id]!;

        plan.Version.ShouldBe(2);
        var coverage = plan.Indicator(Agreements.Coverage)!;
        coverage.TargetFor(Period.Quarter(2025, 1))!.Version.ShouldBe(1);
        coverage.TargetFor(Period.Quarter(2025, 3)).ShouldBe(new PlannedTarget(Period.Quarter(2025, 3), new Target.Point(70m), 2));
        coverage.TargetHistory.Where(t => t.Period == Period.Quarter(2025, 3)).Select(t => (t.Target, t.Version))
            .ShouldBe([(new Target.Point(75m), 1), (new Target.Point(70m), 2)]);
    }

    [Fact]
    public void a_realisation_recorded_before_a_revision_keeps_the_target_it_was_measured_against()
    {
        var scenario = new RealisationScenario(Agreements.Coverage, Period.Quarter(2025, 1));
        scenario.Run(Callers.Responsible, (s, c, x) => new RecordRealisation(s.Key, RealisationScenario.Value(26m)).Decide(s, c, x));

        scenario.Plan = scenario.Plan.Apply(Agreements.Revised(2, 30m, 50m, 75m, 95m));

        scenario.Plan.Indicator(Agreements.Coverage)!.TargetFor(Period.Quarter(2025, 1))!.Version.ShouldBe(2);
        scenario.State.Current!.Target.ShouldBe(new PlannedTarget(Period.Quarter(2025, 1), new Target.Point(25m), 1));
    }

    [Fact]
    public void a_revision_older_than_the_plan_is_ignored()
    {
        var plans = MeasurementPlans.Empty.Learn(Agreements.Signed()).Learn(Agreements.Revised(3, 30m, 60m, 90m, 100m));

        plans.Learn(Agreements.Revised(2, 1m, 2m, 3m, 4m)).ShouldBeSameAs(plans);
        plans[Agreements.Id]!.Indicator(Agreements.Coverage)!.TargetFor(Period.Quarter(2025, 1))!.Target.ShouldBe(new Target.Point(30m));
    }

    [Fact]
    public void a_fact_about_an_unknown_agreement_is_parked_and_applied_when_the_signing_arrives()
    {
        var parked = MeasurementPlans.Empty.Learn(Agreements.Revised(2, 30m, 55m, 80m, 95m));

        parked[Agreements.Id].ShouldBeNull();
        parked.Parked[Agreements.Id].ShouldHaveSingleItem();
        parked.Learn(Agreements.Revised(2, 30m, 55m, 80m, 95m)).ShouldBeSameAs(parked);

        var signed = parked.Learn(Agreements.Signed());

        signed.Parked.ShouldBeEmpty();
        signed[Agreements.Id]!.Version.ShouldBe(2);
        signed[Agreements.Id]!.Indicator(Agreements.Coverage)!.TargetFor(Period.Quarter(2025, 1))!.Target.ShouldBe(new Target.Point(30m));
    }

    [Fact]
    public void facts_in_any_order_build_the_same_plan()
    {
        AgreementFact[] facts =
        [
            Agreements.Signed(),
            Agreements.Revised(2, 30m, 55m, 80m, 95m),
            new OfficialChangedFact(Agreements.Id, 3, Newcomer, new DateOnly(2025, 7, 1)),
            Agreements.Revised(4, 30m, 55m, 85m, 100m),
            new AgreementClosedFact(Agreements.Id, 5, new DateOnly(2025, 12, 31), false),
            new AgreementClosedFact(Agreements.Id, 6, new DateOnly(2025, 12, 31), true),
        ];
        var expected = Shape(MeasurementPlans.From(facts)[Agreements.Id]!);
        expected.ShouldContain("Status = Withdrawn");

        foreach (var order in Permutations(facts))
        {
            var plans = MeasurementPlans.From(order.Concat(order.Take(2)));
            Shape(plans[Agreements.Id]!).ShouldBe(expected, string.Join(" → ", order.Select(f => f.Key)));
            plans.Parked.ShouldBeEmpty();
        }
    }

    [Fact]
    public void a_change_of_official_passes_the_outgoing_officials_indicators_to_the_newcomer()
    {
        var plan = Agreements.Plan().Apply(new OfficialChangedFact(Agreements.Id, 2, Newcomer, new DateOnly(2025, 7, 1)));

        plan.Receiver.ShouldBe(Newcomer);
        plan.Indicator(Agreements.Stunting)!.ResponsibleNip.ShouldBe(Newcomer.Nip);
        plan.Indicator(Agreements.Coverage)!.ResponsibleNip.ShouldBe(Agreements.ResponsibleNip);
    }

    [Fact]
    public void a_handover_at_the_version_in_force_passes_the_indicators_on_whether_the_revision_before_it_arrives_first_or_last()
    {
        var revised = Agreements.Revised(2, 30m, 55m, 80m, 95m);
        var handover = new OfficialChangedFact(Agreements.Id, 2, Newcomer, new DateOnly(2025, 7, 1));

        foreach (var plan in new[] { Agreements.Plan().Apply(revised).Apply(handover), Agreements.Plan().Apply(handover).Apply(revised) })
        {
            plan.Version.ShouldBe(2);
            plan.Receiver.ShouldBe(Newcomer);
            plan.Indicator(Agreements.Stunting)!.ResponsibleNip.ShouldBe(Newcomer.Nip);
            plan.Indicator(Agreements.Coverage)!.ResponsibleNip.ShouldBe(Agreements.ResponsibleNip);
            plan.Indicator(Agreements.Coverage)!.TargetFor(Period.Quarter(2025, 1))!.Target.ShouldBe(new Target.Point(30m));
        }
    }

    [Fact]
    public void a_withdrawn_agreement_measures_nothing_and_a_closed_one_stops_after_its_closing_date()
    {
        var withdrawn = Agreements.Plan().Apply(new AgreementClosedFact(Agreements.Id, 2, new DateOnly(2025, 6, 30), true));
        withdrawn.Status.ShouldBe(PlanStatus.Withdrawn);
        withdrawn.Measures(Period.Quarter(2025, 1)).ShouldBeFalse();

        var closed = Agreements.Plan().Apply(new AgreementClosedFact(Agreements.Id, 2, new DateOnly(2025, 6, 30), false));
        closed.Measures(Period.Quarter(2025, 2)).ShouldBeTrue();
        closed.Measures(Period.Quarter(2025, 3)).ShouldBeFalse();
    }

    private static IEnumerable<T[]> Permutations<T>(T[] items) =>
        items.Length <= 1
            ? [items]
            : items.SelectMany((item, i) => Permutations(items.Where((_, j) => j != i).ToArray()).Select(rest => rest.Prepend(item).ToArray()));
}
