using Kinerja.Agreements.ApprovingRevision;
using Kinerja.Agreements.Auditing;
using Kinerja.Agreements.Closing;
using Kinerja.Agreements.NotingRealisationVerification;
using Kinerja.Agreements.ProposingRevision;
using Kinerja.Agreements.RejectingRevision;

namespace Kinerja.Agreements.Tests.Revisions;

public class RevisionTests
{
    private static readonly LegalBasis Decree = new("800/123/BKD", new DateOnly(2026, 1, 15));

    private readonly Scenario _given = new();

    /// <summary>The content with the visits indicator's (IK-1) targets replaced.</summary>
    private static AgreementContent WithVisits(Agreement state, decimal annual, params decimal[] quarters)
    {
        var objective = state.Content.Objectives[0];
        var visits = objective.Indicators[0] with { AnnualTarget = Target.Of(annual), PeriodTargets = quarters.Select(q => (Target?)Target.Of(q)).ToList() };
        return state.Content with { Objectives = [objective with { Indicators = [visits, .. objective.Indicators.Skip(1)] }] };
    }

    private Decision<IAgreementEvent> Propose(Agreement state, AgreementContent content, RevisionReason reason = RevisionReason.ChangeOfProgramActivityOrBudget) =>
        ProposeRevision.Decide(state, new ProposeRevision(state.Id, reason, Decree, content, "APBD-Perubahan"), _given.Clock, Given.Operator);

    private Agreement Verify(Agreement state, string indicator, Period period) =>
        state.Then(NoteRealisationVerification.Decide(state, new NoteRealisationVerification(state.Id, ItemId.From(indicator), period, _given.Clock.Now), _given.Clock, Actor.System));

    [Fact]
    public void an_approved_revision_is_the_new_version_in_force_with_its_reason_and_legal_basis()
    {
        var state = _given.InForce();
        state = state.Then(Propose(state, WithVisits(state, 110_000, 20_000, 30_000, 30_000, 30_000)));
        state.PendingRevision.ShouldNotBeNull();
        state.Content.Indicators.First().AnnualTarget.Value.ShouldBe(100_000);

        var approver = new Actor("verifier-1", "Kepala Bappeda");
        var approved = ApproveRevision.Decide(state, new ApproveRevision(state.Id), _given.Clock, approver).ShouldBeAccepted().OfType<RevisionApproved>().Single();
        state = state.Then(Decision.Accept<IAgreementEvent>(approved));

        state.Status.ShouldBe(AgreementStatus.InForce);
        state.Version.ShouldBe(2);
        state.PendingRevision.ShouldBeNull();
        state.Content.Indicators.First().AnnualTarget.Value.ShouldBe(110_000);
        var record = state.Revisions.ShouldHaveSingleItem();
        record.Reason.ShouldBe(RevisionReason.ChangeOfProgramActivityOrBudget);
        record.LegalBasis.ShouldBe(Decree);
        record.ProposedBy.ShouldBe(Given.Operator);
        record.ApprovedBy.ShouldBe(approver);
        record.ContentHash.ShouldBe(AgreementHash.Of(state));
        approved.Changes.Select(c => c.Path).ShouldBe(
            ["objectives[0].indicators[0].annualTarget.value", "objectives[0].indicators[0].periodTargets[1].value", "objectives[0].indicators[0].periodTargets[3].value"]);
        approved.Changes[0].ShouldBe(new FieldChange("objectives[0].indicators[0].annualTarget.value", ChangeKind.Changed, "100000", "110000"));
    }

    [Fact]
    public void a_rejected_revision_leaves_the_version_in_force_unchanged()
    {
        var state = _given.InForce();
        state = state.Then(Propose(state, WithVisits(state, 110_000, 20_000, 30_000, 30_000, 30_000)));
        RejectRevision.Decide(state, new RejectRevision(state.Id, ""), _given.Clock, Given.Operator).ShouldBeInvalid().Keys.ShouldBe(["comments"]);
        state = state.Then(RejectRevision.Decide(state, new RejectRevision(state.Id, "Belum ada dasar hukum."), _given.Clock, Given.Operator));
        state.PendingRevision.ShouldBeNull();
        state.Version.ShouldBe(1);
        state.Content.Indicators.First().AnnualTarget.Value.ShouldBe(100_000);
        ApproveRevision.Decide(state, new ApproveRevision(state.Id), _given.Clock, Given.Operator).ShouldBeConflict();
    }

    [Fact]
    public void only_an_agreement_in_force_can_be_revised()
    {
        var state = _given.Verified();
        Propose(state, WithVisits(state, 110_000, 20_000, 30_000, 30_000, 30_000)).ShouldBeConflict().Keys.ShouldBe(["status"]);
    }

    [Fact]
    public void one_revision_at_a_time()
    {
        var state = _given.InForce();
        state = state.Then(Propose(state, WithVisits(state, 110_000, 20_000, 30_000, 30_000, 30_000)));
        Propose(state, WithVisits(state, 120_000, 30_000, 30_000, 30_000, 30_000)).ShouldBeConflict();
    }

    [Fact]
    public void a_revision_needs_a_decree_a_real_reason_and_a_change()
    {
        var state = _given.InForce();
        ProposeRevision.Decide(state, new ProposeRevision(state.Id, (RevisionReason)99, new LegalBasis("", new DateOnly(2027, 1, 1)), state.Content, null), _given.Clock, Given.Operator)
            .ShouldBeInvalid().Keys.ShouldBe(["reason", "legalBasis.decreeNumber", "legalBasis.decreeDate"], ignoreOrder: true);
        Propose(state, state.Content).ShouldBeInvalid()["content"].Single().ShouldBe("The revision changes nothing.");
    }

    [Fact]
    public void a_revision_is_validated_like_a_draft()
    {
        var state = _given.InForce();
        Propose(state, WithVisits(state, 110_000, 20_000, 30_000, 30_000)).ShouldBeInvalid().Keys.ShouldBe(["objectives[0].indicators[0].periodTargets"]);
    }

    [Fact]
    public void a_revision_that_changes_the_target_of_a_period_with_a_verified_realisation_is_refused()
    {
        var state = Verify(_given.InForce(), "IK-1", Period.Quarter(1));
        var errors = Propose(state, WithVisits(state, 110_000, 25_000, 25_000, 30_000, 30_000)).ShouldBeInvalid();
        errors.Keys.ShouldBe(["objectives[0].indicators[0].periodTargets[0]"]);
        errors.Values.Single().Single().ShouldContain("TW I has a verified realisation");
    }

    [Fact]
    public void a_revision_may_change_the_targets_of_periods_not_yet_verified()
    {
        var state = Verify(_given.InForce(), "IK-1", Period.Quarter(1));
        Propose(state, WithVisits(state, 110_000, 20_000, 30_000, 30_000, 30_000)).ShouldBeAccepted();
    }

    [Fact]
    public void an_indicator_with_a_verified_realisation_cannot_be_removed()
    {
        var state = Verify(_given.InForce(), "IK-2", Period.Quarter(1));
        var objective = state.Content.Objectives[0];
        var without = state.Content with { Objectives = [objective with { Indicators = [objective.Indicators[0]] }] };
        Propose(state, without).ShouldBeInvalid()["objectives"].Single().ShouldContain("cannot be removed");
    }

    [Fact]
    public void a_realisation_verified_after_the_proposal_blocks_the_approval()
    {
        var state = _given.InForce();
        state = state.Then(Propose(state, WithVisits(state, 110_000, 25_000, 25_000, 30_000, 30_000)));
        state = Verify(state, "IK-1", Period.Quarter(1));
        ApproveRevision.Decide(state, new ApproveRevision(state.Id), _given.Clock, Given.Operator).ShouldBeConflict().Keys.ShouldBe(["objectives[0].indicators[0].periodTargets[0]"]);
    }

    [Fact]
    public void noting_a_verified_realisation_twice_changes_nothing_and_unknown_periods_are_refused()
    {
        var state = Verify(_given.InForce(), "IK-1", Period.Quarter(2));
        NoteRealisationVerification.Decide(state, new NoteRealisationVerification(state.Id, ItemId.From("IK-1"), Period.Quarter(2), _given.Clock.Now), _given.Clock, Actor.System)
            .ShouldBeAccepted().ShouldBeEmpty();
        NoteRealisationVerification.Decide(state, new NoteRealisationVerification(state.Id, ItemId.From("IK-1"), Period.Month(2), _given.Clock.Now), _given.Clock, Actor.System)
            .ShouldBeInvalid().Keys.ShouldBe(["period"]);
        NoteRealisationVerification.Decide(state, new NoteRealisationVerification(state.Id, ItemId.From("IK-9"), Period.Quarter(2), _given.Clock.Now), _given.Clock, Actor.System)
            .ShouldBeInvalid().Keys.ShouldBe(["indicator"]);
    }

    [Fact]
    public void an_agreement_in_force_closes_at_year_end_not_before()
    {
        var state = _given.InForce();
        CloseAgreement.Decide(state, new CloseAgreement(state.Id, new DateOnly(2026, 6, 30)), _given.Clock, Given.Operator).ShouldBeInvalid().Keys.ShouldBe(["closedOn"]);
        _given.Clock.MoveTo(2027, 2, 1);
        state = state.Then(CloseAgreement.Decide(state, new CloseAgreement(state.Id, new DateOnly(2026, 12, 31)), _given.Clock, Given.Operator));
        state.Status.ShouldBe(AgreementStatus.Closed);
        state.ClosingReason.ShouldBe(ClosingReason.YearEnd);
        Propose(state, WithVisits(state, 1, 1, 0, 0, 0)).ShouldBeConflict();
    }

    [Fact]
    public void a_draft_cannot_be_closed()
    {
        var state = _given.Drafted();
        CloseAgreement.Decide(state, new CloseAgreement(state.Id, new DateOnly(2026, 12, 31)), _given.Clock, Given.Operator).ShouldBeConflict();
    }
}
