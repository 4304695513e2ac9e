using Kinerja.Measurements.Recording;
using Kinerja.Measurements.Reviewing;
using Kinerja.Measurements.Verifying;

namespace Kinerja.Measurements.Tests.Reviewing;

public class Reviewing_a_realisation
{
    private static RealisationScenario Verified()
    {
        var scenario = new RealisationScenario(Agreements.Coverage, Period.Quarter(2025, 1));
        scenario.Run(Callers.Responsible, (s, c, x) => new RecordRealisation(s.Key, RealisationScenario.Value(30m)).Decide(s, c, x));
        scenario.Run(Callers.Superior, (s, c, x) => new VerifyRealisation(s.Key).Decide(s, c, x)).IsAccepted.ShouldBeTrue();
        return scenario;
    }

    private static Decision Review(RealisationScenario scenario, Caller caller, decimal? corrected, string? note) =>
        scenario.Run(caller, (s, c, x) => new ReviewRealisation(s.Key, corrected, note).Decide(s, c, x));

    [Fact]
    public void the_inspektorat_accepts_a_verified_realisation_and_it_still_counts()
    {
        var scenario = Verified();

        var reviewed = Review(scenario, Callers.Inspektorat, null, null).ShouldAcceptOne<RealisationReviewed>();

        reviewed.Accepted.ShouldBeTrue();
        scenario.State.Status.ShouldBe(RealisationStatus.Reviewed);
        scenario.State.CountedValue.ShouldBe(30m);
    }

    [Fact]
    public void an_annotation_with_a_corrected_value_counts_instead_while_the_entered_value_stays()
    {
        var scenario = Verified();

        var reviewed = Review(scenario, Callers.Inspektorat, 26m, "Dua puskesmas menghitung ganda").ShouldAcceptOne<RealisationReviewed>();

        reviewed.Accepted.ShouldBeFalse();
        scenario.State.CountedValue.ShouldBe(26m);
        scenario.State.Current!.Submission.Value.ShouldBe(30m);
    }

    [Fact]
    public void a_corrected_value_needs_a_note_and_must_fit_the_indicator()
    {
        Review(Verified(), Callers.Inspektorat, 26m, null).ShouldBeRefused(Refusal.Invalid, "note");
        Review(Verified(), Callers.Inspektorat, 140m, "x").ShouldBeRefused(Refusal.Invalid, "correctedValue");
    }

    [Fact]
    public void only_a_verified_realisation_is_reviewed_and_only_by_the_inspektorat()
    {
        var recorded = new RealisationScenario(Agreements.Coverage, Period.Quarter(2025, 1));
        recorded.Run(Callers.Responsible, (s, c, x) => new RecordRealisation(s.Key, RealisationScenario.Value(30m)).Decide(s, c, x));
        Review(recorded, Callers.Inspektorat, null, null).ShouldBeRefused(Refusal.Conflict, "status");

        Review(Verified(), Callers.Superior, null, null).ShouldBeRefused(Refusal.Forbidden, "agreementId");
        var inspektoratElsewhere = Callers.Inspektorat with { Regions = ["64.72"] };
        Review(Verified(), inspektoratElsewhere, null, null).ShouldBeRefused(Refusal.Forbidden, "agreementId");
    }
}
