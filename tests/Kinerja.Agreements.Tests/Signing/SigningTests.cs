using System.Security.Cryptography;
using System.Text;
using Kinerja.Agreements.Organisation.PlacingOfficial;
using Kinerja.Agreements.Signing;

namespace Kinerja.Agreements.Tests.Signing;

public class SigningTests
{
    private readonly Scenario _given = new();

    private Decision<IAgreementEvent> Sign(Agreement state, SigningParty party, OfficialId? signer = null, SignAgreement.Context? context = null) =>
        SignAgreement.Decide(state, new SignAgreement(state.Id, party, signer ?? (party == SigningParty.Receiver ? state.Receiver : state.Giver!).Official, "Tenggarong"),
            context ?? new SignAgreement.Context(Given.BudgetApprovedOn, null), _given.Clock, Given.Operator);

    [Fact]
    public void an_agreement_comes_into_force_when_receiver_and_giver_have_both_signed()
    {
        var state = _given.Verified();
        state = state.Then(Sign(state, SigningParty.Receiver));
        state.Status.ShouldBe(AgreementStatus.Verified);
        state = state.Then(Sign(state, SigningParty.Giver));

        state.Status.ShouldBe(AgreementStatus.InForce);
        state.InForceSince.ShouldBe(_given.Clock.Now);
        state.Signatures.Select(s => s.Party).ShouldBe([SigningParty.Receiver, SigningParty.Giver]);
        state.Signatures[0].SignerNip.ShouldBe(Given.HeadNip);
        state.Signatures[0].At.ShouldBe(_given.Clock.Now);
        state.Signatures[1].Signer.ShouldBe(Given.Bupati);
    }

    [Fact]
    public void a_party_who_no_longer_holds_the_position_on_the_signing_day_cannot_sign()
    {
        var state = _given.Verified(Given.Draft(receiver: Given.SectionPosition));
        var registry = _given.Registry.Then(EndPlacement.Decide(_given.Registry,
            new EndPlacement(OfficialId.Of(Given.FieldNip), Given.FieldPosition, new DateOnly(2026, 1, 15)), _given.Clock, Given.Operator));
        var context = new SignAgreement.Context(Given.BudgetApprovedOn, null, registry);

        Sign(state, SigningParty.Receiver, context: context).ShouldBeAccepted();
        Sign(state, SigningParty.Giver, context: context).ShouldBeConflict()["party"].Single().ShouldContain("no longer holds");
    }

    [Fact]
    public void each_signature_records_the_sha256_of_the_canonical_content_signed()
    {
        var state = _given.Verified();
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(AgreementHash.CanonicalText(state))));
        var signed = Sign(state, SigningParty.Receiver).ShouldBeAccepted().OfType<AgreementSigned>().Single();
        signed.ContentHash.ShouldBe(expected);
        signed.ContentHash.Length.ShouldBe(64);
        AgreementHash.CanonicalText(state).ShouldContain("\"nip\":\"197001011995031001\"");
    }

    [Fact]
    public void the_hash_changes_with_any_target_and_ignores_trailing_zeros()
    {
        var state = _given.Verified();
        var indicator = state.Content.Indicators.First();
        Agreement WithTarget(decimal value) => state with
        {
            Content = state.Content with
            {
                Objectives = [state.Content.Objectives[0] with { Indicators = [indicator with { AnnualTarget = Target.Of(value) }, .. state.Content.Objectives[0].Indicators.Skip(1)] }],
            },
        };
        AgreementHash.Of(WithTarget(100_000m)).ShouldBe(AgreementHash.Of(WithTarget(100_000.00m)));
        AgreementHash.Of(WithTarget(100_001m)).ShouldNotBe(AgreementHash.Of(state));
    }

    [Fact]
    public void the_head_of_region_signs_alone()
    {
        var state = _given.Verified(Given.Draft(receiver: Given.BupatiPosition));
        Sign(state, SigningParty.Giver, Given.Bupati).ShouldBeInvalid().Keys.ShouldBe(["party"]);
        state = state.Then(Sign(state, SigningParty.Receiver));
        state.Status.ShouldBe(AgreementStatus.InForce);
    }

    [Fact]
    public void only_the_named_official_signs_for_a_party()
    {
        var state = _given.Verified();
        Sign(state, SigningParty.Receiver, OfficialId.Of(Given.FieldNip)).ShouldBeInvalid()["signer"].Single().ShouldContain("Only dr. Hj. Dewi Handayani");
    }

    [Fact]
    public void a_party_signs_once()
    {
        var state = _given.Verified();
        state = state.Then(Sign(state, SigningParty.Receiver));
        Sign(state, SigningParty.Receiver).ShouldBeConflict().Keys.ShouldBe(["party"]);
    }

    [Fact]
    public void an_agreement_that_is_not_verified_cannot_be_signed()
    {
        var state = _given.Drafted();
        Sign(state, SigningParty.Receiver).ShouldBeConflict().Keys.ShouldBe(["status"]);
    }

    [Fact]
    public void signing_within_a_month_of_the_budget_approval_is_on_time()
    {
        _given.Clock.MoveTo(2026, 2, 5);
        var state = _given.InForce();
        state.SignedLate.ShouldBeFalse();
        state.Signatures.ShouldAllBe(s => !s.Late);
    }

    [Fact]
    public void signing_more_than_a_month_after_the_budget_approval_is_allowed_and_flagged_late()
    {
        var state = _given.Verified();
        _given.Clock.MoveTo(2026, 2, 6);
        state = state.Then(Sign(state, SigningParty.Receiver));
        state = state.Then(Sign(state, SigningParty.Giver));
        state.Status.ShouldBe(AgreementStatus.InForce);
        state.SignedLate.ShouldBeTrue();
    }

    [Fact]
    public void without_a_known_budget_approval_date_nothing_is_flagged_late()
    {
        var state = _given.Verified();
        _given.Clock.MoveTo(2026, 11, 1);
        var context = new SignAgreement.Context(null, null);
        state = state.Then(Sign(state, SigningParty.Receiver, context: context));
        state.Then(Sign(state, SigningParty.Giver, context: context)).SignedLate.ShouldBeFalse();
    }

    [Fact]
    public void a_second_agreement_cannot_come_into_force_for_the_same_position_and_year()
    {
        var state = _given.Verified();
        var inForce = new SignAgreement.Context(Given.BudgetApprovedOn, AgreementId.From("another"));
        state = state.Then(Sign(state, SigningParty.Receiver, context: inForce));
        Sign(state, SigningParty.Giver, context: inForce).ShouldBeConflict()["agreementId"].Single().ShouldContain("already in force");
        state.Slot.ShouldBe(new InForceSlot(Given.Region, Given.HeadPosition, Given.Year));
    }
}
