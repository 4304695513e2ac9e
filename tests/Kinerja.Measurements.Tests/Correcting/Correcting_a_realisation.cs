using Kinerja.Measurements.Correcting;
using Kinerja.Measurements.Recording;
using Kinerja.Measurements.Reviewing;
using Kinerja.Measurements.Verifying;

namespace Kinerja.Measurements.Tests.Correcting;

public class Correcting_a_realisation
{
    private static RealisationScenario Verified(decimal value = 55m)
    {
        var scenario = new RealisationScenario(Agreements.Coverage, Period.Quarter(2025, 2));
        scenario.Run(Callers.Responsible, (s, c, x) => new RecordRealisation(s.Key, RealisationScenario.Value(value)).Decide(s, c, x))
            .IsAccepted.ShouldBeTrue();
        scenario.Run(Callers.Superior, (s, c, x) => new VerifyRealisation(s.Key).Decide(s, c, x)).IsAccepted.ShouldBeTrue();
        return scenario;
    }

    private static Decision Correct(RealisationScenario scenario, Submission submission, string? reason) =>
        scenario.Run(Callers.Responsible, (s, c, x) => new CorrectRealisation(s.Key, submission, reason).Decide(s, c, x));

    [Fact]
    public void a_correction_supersedes_the_value_keeps_the_old_one_and_must_be_verified_again()
    {
        var scenario = Verified(55m);

        var corrected = Correct(scenario, RealisationScenario.Value(52m), "Data puskesmas Tenggarong direvisi").ShouldAcceptOne<RealisationCorrected>();

        corrected.PreviousValue.ShouldBe(55m);
        corrected.EntryNumber.ShouldBe(2);
        corrected.Reason.ShouldBe("Data puskesmas Tenggarong direvisi");
        scenario.State.Entries.Select(e => (e.Number, e.Submission.Value, e.CorrectionReason))
            .ShouldBe([(1, 55m, null), (2, 52m, "Data puskesmas Tenggarong direvisi")]);
        scenario.State.Status.ShouldBe(RealisationStatus.AwaitingVerification);
        scenario.State.Verification.ShouldBeNull();
        scenario.State.Counts.ShouldBeFalse();
        scenario.History.Select(e => e.GetType().Name).ShouldBe([nameof(RealisationRecorded), nameof(RealisationVerified), nameof(RealisationCorrected)]);
    }

    [Fact]
    public void a_correction_without_a_reason_is_refused()
    {
        var scenario = Verified();

        Correct(scenario, RealisationScenario.Value(52m), "   ").ShouldBeRefused(Refusal.Invalid, "reason");
        scenario.State.Status.ShouldBe(RealisationStatus.Verified);
    }

    [Fact]
    public void nothing_reported_cannot_be_corrected()
    {
        var scenario = new RealisationScenario(Agreements.Coverage, Period.Quarter(2025, 2));

        Correct(scenario, RealisationScenario.Value(52m), "because").ShouldBeRefused(Refusal.Conflict, "period");
    }

    [Fact]
    public void a_correction_that_repeats_the_current_entry_is_refused()
    {
        var scenario = Verified(55m);

        Correct(scenario, RealisationScenario.Value(55m), "same again").ShouldBeRefused(Refusal.Invalid, "value");
    }

    [Fact]
    public void a_correction_below_target_needs_its_explanation_and_follow_up()
    {
        var scenario = Verified(55m);

        Correct(scenario, RealisationScenario.Value(40m), "recount").ShouldBeRefused(Refusal.Invalid, "gapExplanation");
    }

    [Fact]
    public void after_a_revision_a_correction_is_measured_against_the_new_target_and_the_first_entry_keeps_the_old_one()
    {
        var scenario = Verified(55m);
        scenario.Plan = scenario.Plan.Apply(Agreements.Revised(2, 25m, 60m, 75m, 95m));

        var decision = Correct(scenario, RealisationScenario.Value(58m), "Angka final Dinkes Provinsi");

        decision.ShouldBeRefused(Refusal.Invalid, "gapExplanation");
        var corrected = Correct(scenario, RealisationScenario.Value(58m, "Stok vaksin kosong", "Jemput bola"), "Angka final Dinkes Provinsi")
            .ShouldAcceptOne<RealisationCorrected>();
        corrected.Target.ShouldBe(new PlannedTarget(Period.Quarter(2025, 2), new Target.Point(60m), 2));
        corrected.AgreementVersion.ShouldBe(2);
        scenario.State.Entries[0].Target.ShouldBe(new PlannedTarget(Period.Quarter(2025, 2), new Target.Point(50m), 1));
    }

    [Fact]
    public void only_the_person_responsible_or_an_operator_of_the_unit_may_correct()
    {
        var scenario = Verified(55m);

        foreach (var caller in new[] { Callers.OtherUnitOperator, Callers.Superior, Callers.Inspektorat })
        {
            scenario.Run(caller, (s, c, x) => new CorrectRealisation(s.Key, RealisationScenario.Value(56m), "recount").Decide(s, c, x))
                .ShouldBeRefused(Refusal.Forbidden, "indicatorId");
        }
        scenario.Run(Callers.UnitOperator, (s, c, x) => new CorrectRealisation(s.Key, RealisationScenario.Value(56m), "recount").Decide(s, c, x))
            .IsAccepted.ShouldBeTrue();
    }

    [Fact]
    public void correcting_a_reviewed_realisation_sets_the_review_aside_until_it_is_verified_and_reviewed_again()
    {
        var scenario = Verified(55m);
        scenario.Run(Callers.Inspektorat, (s, c, x) => new ReviewRealisation(s.Key, 54m, "selisih data").Decide(s, c, x)).IsAccepted.ShouldBeTrue();

        Correct(scenario, RealisationScenario.Value(54m), "Mengikuti catatan Inspektorat").IsAccepted.ShouldBeTrue();

        scenario.State.Review.ShouldBeNull();
        scenario.State.CountedValue.ShouldBeNull();
        scenario.Run(Callers.Superior, (s, c, x) => new VerifyRealisation(s.Key).Decide(s, c, x)).IsAccepted.ShouldBeTrue();
        scenario.State.CountedValue.ShouldBe(54m);
        var replayed = Realisation.Fold(scenario.Key, scenario.History);
        replayed.Entries.ShouldBe(scenario.State.Entries);
        (replayed with { Entries = scenario.State.Entries }).ShouldBe(scenario.State);
    }
}
