using System.Reflection;
using System.Text.Json;
using Kinerja.Agreements.ApprovingRevision;
using Kinerja.Agreements.ChangingOfficial;
using Kinerja.Agreements.Closing;
using Kinerja.Agreements.Linking;
using Kinerja.Agreements.ProposingRevision;
using Kinerja.Agreements.Publishing;
using Kinerja.Agreements.Signing;
using Kinerja.Agreements.Withdrawing;
using MassTransit;
using Published = Kinerja.Contracts.Agreements;

namespace Kinerja.Agreements.Tests.Publishing;

public class IntegrationEventTests
{
    private readonly Scenario _given = new();

    [Theory]
    [InlineData(typeof(Published.AgreementSigned), "agreement-signed")]
    [InlineData(typeof(Published.AgreementRevisionApproved), "agreement-revision-approved")]
    [InlineData(typeof(Published.AgreementClosed), "agreement-closed")]
    [InlineData(typeof(Published.AgreementWithdrawn), "agreement-withdrawn")]
    [InlineData(typeof(Published.OfficialChanged), "official-changed")]
    public void every_contract_has_a_stable_urn_and_exchange_name_independent_of_its_clr_name(Type contract, string name)
    {
        MessageUrn.ForType(contract).ToString().ShouldBe($"urn:message:kinerja:agreements:{name}:v1");
        contract.GetCustomAttribute<EntityNameAttribute>()!.EntityName.ShouldBe($"kinerja.agreements.{name}.v1");
        contract.Namespace.ShouldBe("Kinerja.Contracts.Agreements");
    }

    [Fact]
    public void coming_into_force_publishes_the_full_signed_content()
    {
        var verified = _given.Verified();
        var context = new SignAgreement.Context(Given.BudgetApprovedOn, null);
        var receiver = SignAgreement.Decide(verified, new SignAgreement(verified.Id, SigningParty.Receiver, verified.Receiver.Official, "Tenggarong"), context, _given.Clock, Given.Operator).ShouldBeAccepted();
        IntegrationEvents.For(verified, receiver).ShouldBeEmpty();
        var half = receiver.Aggregate(verified, Agreement.Evolve)!;
        var giver = SignAgreement.Decide(half, new SignAgreement(half.Id, SigningParty.Giver, half.Giver!.Official, "Tenggarong"), context, _given.Clock, Given.Operator).ShouldBeAccepted();

        var signed = IntegrationEvents.For(half, giver).ShouldHaveSingleItem().ShouldBeOfType<Published.AgreementSigned>();

        signed.AgreementId.ShouldBe("pk-dinkes-2026");
        signed.RegionCode.ShouldBe("64.02");
        signed.FiscalYear.ShouldBe(2026);
        signed.Version.ShouldBe(1);
        signed.Receiver.Nip.ShouldBe(Given.HeadNip.Value);
        signed.Receiver.Echelon.ShouldBe("II");
        signed.Receiver.UnitName.ShouldBe("Dinas Kesehatan");
        signed.Giver!.Echelon.ShouldBe("HeadOfRegion");
        var visits = signed.Objectives.Single().Indicators[0];
        visits.Polarity.ShouldBe("Positive");
        visits.Consolidation.ShouldBe("Sum");
        visits.Frequency.ShouldBe("Quarterly");
        visits.AnnualTarget.Value.ShouldBe(100_000);
        visits.PeriodTargets.Select(p => (p.Period, p.Label, p.Target!.Value)).ShouldBe([(1, "TW I", 20_000m), (2, "TW II", 25_000m), (3, "TW III", 30_000m), (4, "TW IV", 25_000m)]);
        signed.Programs.Single().QuarterlyBudget.Sum().ShouldBe(signed.Programs.Single().AnnualBudget);
        signed.Signatures.Select(s => s.Party).ShouldBe(["Receiver", "Giver"]);
        signed.ContentHash.ShouldBe(AgreementHash.Of(verified));
        signed.SignedLate.ShouldBeFalse();
    }

    [Fact]
    public void a_published_message_reads_back_from_its_json()
    {
        var state = _given.InForce();
        var signed = IntegrationEvents.Signed(state);
        var json = JsonSerializer.Serialize(signed, JsonSerializerOptions.Web);
        var back = JsonSerializer.Deserialize<Published.AgreementSigned>(json, JsonSerializerOptions.Web)!;
        JsonSerializer.Serialize(back, JsonSerializerOptions.Web).ShouldBe(json);
        json.ShouldContain("\"effectiveFrom\":\"2026-01-01\"");
    }

    [Fact]
    public void an_approved_revision_publishes_what_changed_why_and_the_new_content()
    {
        var state = _given.InForce();
        var objective = state.Content.Objectives[0];
        var revised = state.Content with { Objectives = [objective with { Indicators = [objective.Indicators[0] with { Name = "Jumlah kunjungan puskesmas" }, objective.Indicators[1]] }] };
        state = state.Then(ProposeRevision.Decide(state, new ProposeRevision(state.Id, RevisionReason.ChangeOfPrioritiesOrAssumptions, new LegalBasis("050/12/Bappeda", new DateOnly(2026, 1, 19)), revised, null), _given.Clock, Given.Operator));
        var approved = ApproveRevision.Decide(state, new ApproveRevision(state.Id), _given.Clock, Given.Operator).ShouldBeAccepted();

        var message = IntegrationEvents.For(state, approved).ShouldHaveSingleItem().ShouldBeOfType<Published.AgreementRevisionApproved>();
        message.PreviousVersion.ShouldBe(1);
        message.NewVersion.ShouldBe(2);
        message.Reason.ShouldBe("ChangeOfPrioritiesOrAssumptions");
        message.LegalBasis.DecreeNumber.ShouldBe("050/12/Bappeda");
        message.Changes.ShouldHaveSingleItem().Path.ShouldBe("objectives[0].indicators[0].name");
        message.Objectives[0].Indicators[0].Name.ShouldBe("Jumlah kunjungan puskesmas");
    }

    [Fact]
    public void a_change_of_official_publishes_official_changed_then_agreement_closed_for_the_predecessor()
    {
        var state = _given.InForce();
        var events = ChangeOfficial.Decide(state, new ChangeOfficial(state.Id, AgreementId.From("pk-b"), OfficialId.Of(Given.NewcomerNip), true, new DateOnly(2026, 7, 1), new LegalBasis("821.2/045/BKD", new DateOnly(2026, 6, 28))),
            _given.Registry, _given.Clock, Given.Operator).ShouldBeAccepted();

        var messages = IntegrationEvents.For(state, events.Where(e => e.Agreement == state.Id));
        var changed = messages[0].ShouldBeOfType<Published.OfficialChanged>();
        changed.SuccessorAgreementId.ShouldBe("pk-b");
        changed.Predecessor.Nip.ShouldBe(Given.HeadNip.Value);
        changed.Newcomer.Nip.ShouldBe(Given.NewcomerNip.Value);
        changed.Newcomer.Acting.ShouldBeTrue();
        var closed = messages[1].ShouldBeOfType<Published.AgreementClosed>();
        closed.Reason.ShouldBe("ChangeOfOfficial");
        closed.SuccessorAgreementId.ShouldBe("pk-b");
        closed.ClosedOn.ShouldBe(new DateOnly(2026, 7, 1));
        IntegrationEvents.For(null, events.Where(e => e.Agreement != state.Id)).ShouldBeEmpty();
    }

    [Fact]
    public void closing_and_withdrawing_are_published()
    {
        var state = _given.InForce();
        _given.Clock.MoveTo(2027, 1, 31);
        var closing = CloseAgreement.Decide(state, new CloseAgreement(state.Id, new DateOnly(2026, 12, 31)), _given.Clock, Given.Operator).ShouldBeAccepted();
        var closed = IntegrationEvents.For(state, closing).ShouldHaveSingleItem().ShouldBeOfType<Published.AgreementClosed>();
        closed.Reason.ShouldBe("YearEnd");
        closed.SuccessorAgreementId.ShouldBeNull();

        var withdrawing = WithdrawAgreement.Decide(state, new WithdrawAgreement(state.Id, "Salah penerima."), _given.Clock, Given.Operator).ShouldBeAccepted();
        var withdrawn = IntegrationEvents.For(state, withdrawing).ShouldHaveSingleItem().ShouldBeOfType<Published.AgreementWithdrawn>();
        withdrawn.WasInForce.ShouldBeTrue();
        withdrawn.Reason.ShouldBe("Salah penerima.");
        withdrawn.WithdrawnBy.Id.ShouldBe(Given.Operator.Id);
    }

    [Fact]
    public void a_linked_indicator_publishes_the_indicator_it_supports()
    {
        var head = _given.InForce();
        var field = _given.InForce(Given.Draft(receiver: Given.FieldPosition, id: "pk-kabid"));
        field = field.Then(LinkIndicator.Decide(field, new LinkIndicator(field.Id, ItemId.From("IK-1"), head.Id, ItemId.From("IK-1")), head, _given.Clock, Given.Operator));
        IntegrationEvents.Signed(field).Objectives[0].Indicators[0].Supports.ShouldBe(new Published.AgreementIndicatorLink("pk-dinkes-2026", "IK-1"));
    }
}
