using Kinerja.Measurements.Recording;

namespace Kinerja.Measurements.Tests.Recording;

public class Recording_a_realisation
{
    private static Decision Record(RealisationScenario scenario, Caller caller, Submission submission) =>
        scenario.Run(caller, (state, clock, context) => new RecordRealisation(scenario.Key, submission).Decide(state, clock, context));

    [Fact]
    public void the_person_responsible_records_a_value_against_the_target_in_force()
    {
        var scenario = new RealisationScenario(Agreements.Coverage, Period.Quarter(2025, 1));

        var recorded = Record(scenario, Callers.Responsible, RealisationScenario.Value(27.5m)).ShouldAcceptOne<RealisationRecorded>();

        recorded.Submission.Value.ShouldBe(27.5m);
        recorded.Target.ShouldBe(new PlannedTarget(Period.Quarter(2025, 1), new Target.Point(25m), 1));
        recorded.Region.ShouldBe(Agreements.Region);
        recorded.UnitId.ShouldBe(Agreements.Unit);
        recorded.RecordedBy.Nip.ShouldBe(Agreements.ResponsibleNip);
        recorded.RecordedAt.ShouldBe(FixedClock.AprilFifth);
        scenario.State.Status.ShouldBe(RealisationStatus.AwaitingVerification);
        scenario.State.Counts.ShouldBeFalse();
    }

    [Fact]
    public void an_operator_of_the_unit_may_record()
    {
        var scenario = new RealisationScenario(Agreements.Coverage, Period.Quarter(2025, 1));

        Record(scenario, Callers.UnitOperator, RealisationScenario.Value(30m)).IsAccepted.ShouldBeTrue();
    }

    [Fact]
    public void an_operator_of_another_unit_or_region_is_forbidden()
    {
        foreach (var caller in new[] { Callers.OtherUnitOperator, Callers.OtherRegionOperator, Callers.Superior, Callers.Ministry })
        {
            var scenario = new RealisationScenario(Agreements.Coverage, Period.Quarter(2025, 1));
            Record(scenario, caller, RealisationScenario.Value(30m)).ShouldBeRefused(Refusal.Forbidden, "indicatorId");
        }
    }

    [Fact]
    public void the_person_responsible_for_one_indicator_may_not_record_another()
    {
        var scenario = new RealisationScenario(Agreements.Stunting, Period.Quarter(2025, 1));

        Record(scenario, Callers.Responsible, RealisationScenario.Value(100m)).ShouldBeRefused(Refusal.Forbidden, "indicatorId");
    }

    [Theory]
    [InlineData("2025-M02")]
    [InlineData("2025-S1")]
    [InlineData("2024-Q1")]
    public void a_period_the_indicator_does_not_have_is_refused_as_a_field_problem(string period)
    {
        var scenario = new RealisationScenario(Agreements.Coverage, Period.Parse(period));

        var decision = Record(scenario, Callers.Responsible, RealisationScenario.Value(30m));

        decision.ShouldBeRefused(Refusal.Invalid, "period");
        decision.Errors["period"].ShouldHaveSingleItem().ShouldContain("2025-Q1, 2025-Q2, 2025-Q3, 2025-Q4");
    }

    [Fact]
    public void an_unknown_indicator_is_refused_and_an_unknown_agreement_is_not_found()
    {
        var unknownIndicator = new RealisationScenario(new IndicatorId(Guid.NewGuid()), Period.Quarter(2025, 1));
        Record(unknownIndicator, Callers.UnitOperator, RealisationScenario.Value(1m)).ShouldBeRefused(Refusal.Invalid, "indicatorId");

        var unknownAgreement = new RealisationScenario(Agreements.Coverage, Period.Quarter(2025, 1),
            MeasurementPlan.From(Agreements.Signed(new AgreementId(Guid.NewGuid()))));
        Record(unknownAgreement, Callers.UnitOperator, RealisationScenario.Value(1m)).ShouldBeRefused(Refusal.NotFound, "agreementId");
    }

    [Fact]
    public void a_value_below_target_needs_an_explanation_of_the_gap_and_a_follow_up_action()
    {
        var scenario = new RealisationScenario(Agreements.Coverage, Period.Quarter(2025, 1));

        var decision = Record(scenario, Callers.Responsible, RealisationScenario.Value(20m));

        decision.ShouldBeRefused(Refusal.Invalid, "gapExplanation");
        decision.Errors.Keys.ShouldBe(["gapExplanation", "followUpAction"], ignoreOrder: true);
        decision.Errors["gapExplanation"][0].ShouldContain("target of 25 for TW I 2025");
        scenario.State.Status.ShouldBe(RealisationStatus.NotReported);
    }

    [Fact]
    public void a_value_below_target_with_its_explanation_and_follow_up_is_recorded()
    {
        var scenario = new RealisationScenario(Agreements.Coverage, Period.Quarter(2025, 1));

        var recorded = Record(scenario, Callers.Responsible,
            RealisationScenario.Value(20m, "Vaksin terlambat dari provinsi", "Sweeping imunisasi di 5 puskesmas pada TW II")).ShouldAcceptOne<RealisationRecorded>();

        recorded.Submission.GapExplanation.ShouldBe("Vaksin terlambat dari provinsi");
    }

    [Fact]
    public void for_negative_polarity_a_value_above_target_is_below_target()
    {
        var scenario = new RealisationScenario(Agreements.Stunting, Period.Quarter(2025, 1));

        Record(scenario, Callers.UnitOperator, RealisationScenario.Value(125m)).ShouldBeRefused(Refusal.Invalid, "followUpAction");
        Record(scenario, Callers.UnitOperator, RealisationScenario.Value(115m)).IsAccepted.ShouldBeTrue();
    }

    [Theory]
    [InlineData("79.9", false)]
    [InlineData("80", true)]
    [InlineData("90", true)]
    [InlineData("90.1", false)]
    public void for_a_range_target_only_a_value_outside_the_range_needs_an_explanation(string value, bool accepted)
    {
        var scenario = new RealisationScenario(Agreements.Satisfaction, Period.Annual(2025));

        Record(scenario, Callers.UnitOperator, RealisationScenario.Value(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)))
            .IsAccepted.ShouldBe(accepted);
    }

    [Theory]
    [InlineData(101)]
    [InlineData(-1)]
    public void a_percentage_outside_0_to_100_is_refused(int value)
    {
        var scenario = new RealisationScenario(Agreements.Coverage, Period.Quarter(2025, 1));

        Record(scenario, Callers.UnitOperator, RealisationScenario.Value(value, "x", "y")).ShouldBeRefused(Refusal.Invalid, "value");
    }

    [Fact]
    public void a_count_must_be_a_whole_number_and_rupiah_at_most_two_decimals()
    {
        var stunting = new RealisationScenario(Agreements.Stunting, Period.Quarter(2025, 1));
        Record(stunting, Callers.UnitOperator, RealisationScenario.Value(100.5m)).ShouldBeRefused(Refusal.Invalid, "value");

        var budget = new RealisationScenario(Agreements.Budget, Period.Month(2025, 3));
        Record(budget, Callers.UnitOperator, RealisationScenario.Value(1_500_000.125m)).ShouldBeRefused(Refusal.Invalid, "value");
        Record(budget, Callers.UnitOperator, RealisationScenario.Value(1_500_000.12m)).IsAccepted.ShouldBeTrue();
    }

    [Fact]
    public void evidence_is_required_and_checked()
    {
        var scenario = new RealisationScenario(Agreements.Coverage, Period.Quarter(2025, 1));

        Record(scenario, Callers.UnitOperator, new Submission(30m, null, null, null, null)).ShouldBeRefused(Refusal.Invalid, "evidence");
        Record(scenario, Callers.UnitOperator, new Submission(30m, new Evidence.Link(new Uri("ftp://files/x")), null, null, null))
            .ShouldBeRefused(Refusal.Invalid, "evidence.url");
        var decision = Record(scenario, Callers.UnitOperator, new Submission(30m,
            new Evidence.File("bukti.exe", "application/x-msdownload", 11 * 1024 * 1024, "XYZ"), null, null, null));
        decision.ShouldBeRefused(Refusal.Invalid, "evidence.contentType");
        decision.Errors.Keys.ShouldBe(["evidence.contentType", "evidence.sizeBytes", "evidence.sha256"], ignoreOrder: true);
    }

    [Fact]
    public void recording_twice_is_a_conflict_that_points_to_correction()
    {
        var scenario = new RealisationScenario(Agreements.Coverage, Period.Quarter(2025, 1));
        Record(scenario, Callers.UnitOperator, RealisationScenario.Value(30m)).IsAccepted.ShouldBeTrue();

        var again = Record(scenario, Callers.UnitOperator, RealisationScenario.Value(31m));

        again.ShouldBeRefused(Refusal.Conflict, "period");
        again.Errors["period"][0].ShouldContain("correction");
        scenario.State.Current!.Submission.Value.ShouldBe(30m);
    }

    [Fact]
    public void a_withdrawn_agreement_takes_no_realisations_and_a_closed_one_only_for_periods_begun_before_closing()
    {
        var withdrawn = new RealisationScenario(Agreements.Coverage, Period.Quarter(2025, 1),
            Agreements.Plan().Apply(new AgreementClosedFact(Agreements.Id, 2, new DateOnly(2025, 3, 1), Withdrawn: true)));
        Record(withdrawn, Callers.UnitOperator, RealisationScenario.Value(30m)).ShouldBeRefused(Refusal.Conflict, "agreementId");

        var handedOver = Agreements.Plan().Apply(new AgreementClosedFact(Agreements.Id, 2, new DateOnly(2025, 5, 15), Withdrawn: false));
        new RealisationScenario(Agreements.Coverage, Period.Quarter(2025, 2), handedOver)
            .Run(Callers.UnitOperator, (s, c, x) => new RecordRealisation(s.Key, RealisationScenario.Value(60m)).Decide(s, c, x)).IsAccepted.ShouldBeTrue();
        new RealisationScenario(Agreements.Coverage, Period.Quarter(2025, 3), handedOver)
            .Run(Callers.UnitOperator, (s, c, x) => new RecordRealisation(s.Key, RealisationScenario.Value(80m)).Decide(s, c, x))
            .ShouldBeRefused(Refusal.Conflict, "agreementId");
    }
}
