using Kinerja.Measurements.Recording;
using Kinerja.Measurements.Verifying;

namespace Kinerja.Measurements.Tests.Verifying;

public class Verifying_a_realisation
{
    private static RealisationScenario Recorded(decimal value = 30m, Caller? by = null)
    {
        var scenario = new RealisationScenario(Agreements.Coverage, Period.Quarter(2025, 1));
        scenario.Run(by ?? Callers.Responsible, (s, c, x) => new RecordRealisation(s.Key, RealisationScenario.Value(value)).Decide(s, c, x))
            .IsAccepted.ShouldBeTrue();
        return scenario;
    }

    private static Decision Verify(RealisationScenario scenario, Caller caller) =>
        scenario.Run(caller, (s, c, x) => new VerifyRealisation(s.Key).Decide(s, c, x));

    [Fact]
    public void the_superior_verifies_and_then_the_realisation_counts()
    {
        var scenario = Recorded(30m);
        scenario.Clock.Now = FixedClock.AprilFifth.AddDays(2);

        var verified = Verify(scenario, Callers.Superior).ShouldAcceptOne<RealisationVerified>();

        verified.Value.ShouldBe(30m);
        verified.TargetVersion.ShouldBe(1);
        verified.EntryNumber.ShouldBe(1);
        verified.Evidence.ShouldBe(new Evidence.Link(new Uri("https://arsip.kukarkab.go.id/bukti/1")));
        verified.VerifiedBy.Nip.ShouldBe(Agreements.GiverNip);
        verified.VerifiedAt.ShouldBe(FixedClock.AprilFifth.AddDays(2));
        scenario.State.Status.ShouldBe(RealisationStatus.Verified);
        scenario.State.Counts.ShouldBeTrue();
        scenario.State.CountedValue.ShouldBe(30m);
    }

    [Fact]
    public void a_realisation_awaiting_verification_does_not_count()
    {
        var scenario = Recorded(30m);

        scenario.State.Counts.ShouldBeFalse();
        scenario.State.CountedValue.ShouldBeNull();
    }

    [Fact]
    public void a_verifier_who_is_not_the_receivers_superior_is_forbidden_and_so_is_an_operator()
    {
        var scenario = Recorded();

        Verify(scenario, Callers.OtherVerifier).ShouldBeRefused(Refusal.Forbidden, "agreementId");
        Verify(scenario, Callers.RegionOperator).ShouldBeRefused(Refusal.Forbidden, "agreementId");
        scenario.State.Status.ShouldBe(RealisationStatus.AwaitingVerification);
    }

    [Fact]
    public void any_verifier_of_the_region_verifies_when_the_agreement_names_no_giver()
    {
        var scenario = Recorded();
        scenario.Plan = scenario.Plan with { GiverNip = null };

        Verify(scenario, Callers.OtherVerifier).IsAccepted.ShouldBeTrue();
    }

    [Fact]
    public void whoever_entered_the_value_cannot_verify_it()
    {
        var operatorAndSuperior = Callers.Superior with { Roles = [KinerjaRoles.Operator, KinerjaRoles.Verifier] };
        var scenario = Recorded(by: operatorAndSuperior);

        Verify(scenario, operatorAndSuperior).ShouldBeRefused(Refusal.Forbidden, "status");
    }

    [Fact]
    public void nothing_reported_cannot_be_verified_and_a_verified_realisation_is_not_verified_twice()
    {
        var nothing = new RealisationScenario(Agreements.Coverage, Period.Quarter(2025, 1));
        Verify(nothing, Callers.Superior).ShouldBeRefused(Refusal.Conflict, "status");

        var scenario = Recorded();
        Verify(scenario, Callers.Superior).IsAccepted.ShouldBeTrue();
        Verify(scenario, Callers.Superior).ShouldBeRefused(Refusal.Conflict, "status");
    }
}
