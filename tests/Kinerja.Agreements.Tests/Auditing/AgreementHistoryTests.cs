using Kinerja.Agreements.ApprovingRevision;
using Kinerja.Agreements.Auditing;
using Kinerja.Agreements.Drafting;
using Kinerja.Agreements.ProposingRevision;
using Kinerja.Agreements.Signing;
using Kinerja.Agreements.Submitting;
using Kinerja.Agreements.Verifying;

namespace Kinerja.Agreements.Tests.Auditing;

public class AgreementHistoryTests
{
    private static readonly LegalBasis Decree = new("900/412/BPKAD", new DateOnly(2026, 8, 3));

    private readonly Scenario _given = new();
    private readonly List<IAgreementEvent> _stream = [];
    private Agreement? _state;

    private void Run(Decision<IAgreementEvent> decision)
    {
        var events = decision.ShouldBeAccepted();
        _stream.AddRange(events);
        _state = events.Aggregate(_state, Agreement.Evolve);
    }

    /// <summary>Drafted and signed in January, revised in August (the visits target goes from 100000 to 110000).</summary>
    private void Lifecycle()
    {
        var clock = _given.Clock;
        Run(DraftAgreement.Decide(null, Given.Draft(), _given.Registry, clock, Given.Operator));
        Run(SubmitAgreement.Decide(_state, new SubmitAgreement(_state!.Id), clock, Given.Operator));
        Run(VerifyAgreement.Decide(_state, new VerifyAgreement(_state.Id), clock, Given.Operator));
        var context = new SignAgreement.Context(Given.BudgetApprovedOn, null);
        Run(SignAgreement.Decide(_state, new SignAgreement(_state.Id, SigningParty.Receiver, _state.Receiver.Official, "Tenggarong"), context, clock, Given.Operator));
        Run(SignAgreement.Decide(_state, new SignAgreement(_state.Id, SigningParty.Giver, _state.Giver!.Official, "Tenggarong"), context, clock, Given.Operator));
        clock.MoveTo(2026, 8, 10);
        var objective = _state.Content.Objectives[0];
        var revised = _state.Content with
        {
            Objectives = [objective with { Indicators = [objective.Indicators[0] with { AnnualTarget = Target.Of(110_000), PeriodTargets = [Target.Of(20_000), Target.Of(30_000), Target.Of(30_000), Target.Of(30_000)] }, objective.Indicators[1]] }],
        };
        Run(ProposeRevision.Decide(_state, new ProposeRevision(_state.Id, RevisionReason.ChangeOfProgramActivityOrBudget, Decree, revised, "APBD-Perubahan"), clock, Given.Operator));
        clock.MoveTo(2026, 8, 12);
        Run(ApproveRevision.Decide(_state, new ApproveRevision(_state.Id), clock, new Actor("verifier-7", "Kepala Bappeda")));
    }

    [Fact]
    public void the_agreement_is_rebuilt_as_it_stood_at_a_version_or_a_date()
    {
        Lifecycle();
        _stream.Count.ShouldBe(8);

        var signed = AgreementHistory.AtVersion(_stream, 6)!;
        signed.Status.ShouldBe(AgreementStatus.InForce);
        signed.Version.ShouldBe(1);
        signed.Content.Indicators.First().AnnualTarget.Value.ShouldBe(100_000);

        AgreementHistory.AtVersion(_stream, 1)!.Status.ShouldBe(AgreementStatus.Draft);
        AgreementHistory.AtVersion(_stream, 0).ShouldBeNull();

        var july = AgreementHistory.AsOf(_stream, new DateTimeOffset(2026, 7, 31, 0, 0, 0, TimeSpan.Zero))!;
        july.Version.ShouldBe(1);
        var september = AgreementHistory.AsOf(_stream, new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero))!;
        september.Version.ShouldBe(2);
        september.Content.Indicators.First().AnnualTarget.Value.ShouldBe(110_000);

        AgreementDiff.Between(july, september).Select(c => c.Path).ShouldContain("content.objectives[0].indicators[0].annualTarget.value");
    }

    [Fact]
    public void the_timeline_lists_every_event_with_actor_time_reason_and_legal_basis()
    {
        Lifecycle();
        var timeline = AgreementHistory.Timeline(_stream);

        timeline.Select(t => t.EventType).ShouldBe(
            ["agreement.drafted.v1", "agreement.submitted.v1", "agreement.verified.v1", "agreement.signed.v1", "agreement.signed.v1",
             "agreement.came-into-force.v1", "agreement.revision-proposed.v1", "agreement.revision-approved.v1"]);
        timeline.Select(t => t.StreamVersion).ShouldBe([1, 2, 3, 4, 5, 6, 7, 8]);
        timeline[0].Summary.ShouldContain("Kepala Dinas Kesehatan");
        timeline[3].Summary.ShouldContain("content hash " + AgreementHash.Of(AgreementHistory.AtVersion(_stream, 3)!));
        var approval = timeline[^1];
        approval.By.Name.ShouldBe("Kepala Bappeda");
        approval.At.ShouldBe(new DateTimeOffset(2026, 8, 12, 2, 0, 0, TimeSpan.Zero));
        approval.Reason.ShouldBe("ChangeOfProgramActivityOrBudget");
        approval.LegalBasis.ShouldBe(Decree);
        approval.Summary.ShouldContain("version 2");
        timeline[^2].Reason.ShouldBe("APBD-Perubahan");
    }
}
