using Kinerja.Measurements.Recording;
using Kinerja.Measurements.Returning;

namespace Kinerja.Measurements.Tests.Returning;

public class Returning_a_realisation
{
    private static RealisationScenario Recorded()
    {
        var scenario = new RealisationScenario(Agreements.Coverage, Period.Quarter(2025, 1));
        scenario.Run(Callers.Responsible, (s, c, x) => new RecordRealisation(s.Key, RealisationScenario.Value(30m)).Decide(s, c, x))
            .IsAccepted.ShouldBeTrue();
        return scenario;
    }

    [Fact]
    public void the_superior_returns_with_a_comment_and_the_realisation_does_not_count()
    {
        var scenario = Recorded();

        var returned = scenario.Run(Callers.Superior, (s, c, x) => new ReturnRealisation(s.Key, "  Bukti dukung tidak terbaca ").Decide(s, c, x))
            .ShouldAcceptOne<RealisationReturned>();

        returned.Comment.ShouldBe("Bukti dukung tidak terbaca");
        returned.EntryNumber.ShouldBe(1);
        scenario.State.Status.ShouldBe(RealisationStatus.Returned);
        scenario.State.Counts.ShouldBeFalse();
    }

    [Fact]
    public void returning_without_a_comment_is_refused()
    {
        var scenario = Recorded();

        scenario.Run(Callers.Superior, (s, c, x) => new ReturnRealisation(s.Key, " ").Decide(s, c, x)).ShouldBeRefused(Refusal.Invalid, "comment");
    }

    [Fact]
    public void a_returned_realisation_is_resubmitted_and_awaits_verification_again_with_both_entries_kept()
    {
        var scenario = Recorded();
        scenario.Run(Callers.Superior, (s, c, x) => new ReturnRealisation(s.Key, "Angka tidak sesuai bukti").Decide(s, c, x));

        var resubmitted = scenario.Run(Callers.Responsible,
            (s, c, x) => new RecordRealisation(s.Key, RealisationScenario.Value(28m)).Decide(s, c, x)).ShouldAcceptOne<RealisationRecorded>();

        resubmitted.EntryNumber.ShouldBe(2);
        scenario.State.Status.ShouldBe(RealisationStatus.AwaitingVerification);
        scenario.State.Entries.Select(e => e.Submission.Value).ShouldBe([30m, 28m]);
        scenario.State.LastReturn!.Comment.ShouldBe("Angka tidak sesuai bukti");
    }

    [Fact]
    public void a_verified_realisation_cannot_be_returned()
    {
        var scenario = Recorded();
        scenario.Run(Callers.Superior, (s, c, x) => new Kinerja.Measurements.Verifying.VerifyRealisation(s.Key).Decide(s, c, x));

        scenario.Run(Callers.Superior, (s, c, x) => new ReturnRealisation(s.Key, "late thought").Decide(s, c, x))
            .ShouldBeRefused(Refusal.Conflict, "status");
    }
}
