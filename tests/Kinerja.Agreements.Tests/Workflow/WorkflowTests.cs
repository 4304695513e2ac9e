using Kinerja.Agreements.CopyingIndicators;
using Kinerja.Agreements.EditingDraft;
using Kinerja.Agreements.Returning;
using Kinerja.Agreements.Submitting;
using Kinerja.Agreements.Verifying;
using Kinerja.Agreements.Withdrawing;

namespace Kinerja.Agreements.Tests.Workflow;

public class WorkflowTests
{
    private readonly Scenario _given = new();

    private Agreement Submit(Agreement state) => state.Then(SubmitAgreement.Decide(state, new SubmitAgreement(state.Id), _given.Clock, Given.Operator));

    [Fact]
    public void a_draft_goes_submitted_then_returned_with_comments_then_draft_again_when_edited()
    {
        var state = Submit(_given.Drafted());
        state.Status.ShouldBe(AgreementStatus.Submitted);

        state = state.Then(ReturnAgreement.Decide(state, new ReturnAgreement(state.Id, "Target TW IV belum sesuai RKPD."), _given.Clock, Given.Operator));
        state.Status.ShouldBe(AgreementStatus.Returned);
        state.ReturnComments.ShouldBe("Target TW IV belum sesuai RKPD.");

        state = state.Then(EditDraft.Decide(state, new EditDraft(state.Id, null, state.Content), _given.Registry, _given.Clock, Given.Operator));
        state.Status.ShouldBe(AgreementStatus.Draft);
        Submit(state).Status.ShouldBe(AgreementStatus.Submitted);
    }

    [Fact]
    public void a_returned_agreement_can_be_submitted_again_without_editing()
    {
        var state = Submit(_given.Drafted());
        state = state.Then(ReturnAgreement.Decide(state, new ReturnAgreement(state.Id, "Lengkapi sumber data."), _given.Clock, Given.Operator));
        Submit(state).Status.ShouldBe(AgreementStatus.Submitted);
    }

    [Fact]
    public void returning_needs_comments()
    {
        var state = Submit(_given.Drafted());
        ReturnAgreement.Decide(state, new ReturnAgreement(state.Id, "  "), _given.Clock, Given.Operator).ShouldBeInvalid().Keys.ShouldBe(["comments"]);
    }

    [Fact]
    public void a_submitted_agreement_is_verified_and_can_no_longer_be_edited()
    {
        var state = Submit(_given.Drafted());
        state = state.Then(VerifyAgreement.Decide(state, new VerifyAgreement(state.Id), _given.Clock, Given.Operator));
        state.Status.ShouldBe(AgreementStatus.Verified);
        EditDraft.Decide(state, new EditDraft(state.Id, null, state.Content), _given.Registry, _given.Clock, Given.Operator)
            .ShouldBeConflict()["status"].Single().ShouldContain("Cannot edit an agreement that is Verified");
    }

    [Fact]
    public void a_draft_cannot_be_verified_before_it_is_submitted()
    {
        var state = _given.Drafted();
        VerifyAgreement.Decide(state, new VerifyAgreement(state.Id), _given.Clock, Given.Operator).ShouldBeConflict();
    }

    [Fact]
    public void a_command_on_an_agreement_that_does_not_exist_is_refused()
    {
        SubmitAgreement.Decide(null, new SubmitAgreement(AgreementId.From("nothing")), _given.Clock, Given.Operator).ShouldBeInvalid().Keys.ShouldBe(["agreementId"]);
    }

    [Fact]
    public void editing_keeps_existing_ids_numbers_new_items_after_them_and_validates_again()
    {
        var state = _given.Drafted();
        var added = state.Content with
        {
            Objectives = [state.Content.Objectives[0] with { Indicators = [.. state.Content.Objectives[0].Indicators, Given.Visits() with { Name = "Jumlah kunjungan rawat inap" }] }],
        };
        state = state.Then(EditDraft.Decide(state, new EditDraft(state.Id, null, added), _given.Registry, _given.Clock, Given.Operator));
        state.Content.Indicators.Select(i => i.Id.Value).ShouldBe(["IK-1", "IK-2", "IK-3"]);

        var broken = state.Content with { Programs = [Given.Program(-5)] };
        EditDraft.Decide(state, new EditDraft(state.Id, null, broken), _given.Registry, _given.Clock, Given.Operator).ShouldBeInvalid().Keys.ShouldContain("programs[0].annualBudget");
    }

    [Fact]
    public void the_id_of_a_removed_item_is_never_given_to_a_new_one()
    {
        var state = _given.Drafted();
        var objective = state.Content.Objectives[0];
        var withoutSecond = state.Content with { Objectives = [objective with { Indicators = [objective.Indicators[0]] }] };
        state = state.Then(EditDraft.Decide(state, new EditDraft(state.Id, null, withoutSecond), _given.Registry, _given.Clock, Given.Operator));
        var withNew = state.Content with { Objectives = [state.Content.Objectives[0] with { Indicators = [state.Content.Objectives[0].Indicators[0], Given.Immunisation()] }] };
        state = state.Then(EditDraft.Decide(state, new EditDraft(state.Id, null, withNew), _given.Registry, _given.Clock, Given.Operator));
        state.Content.Indicators.Select(i => i.Id.Value).ShouldBe(["IK-1", "IK-3"]);
    }

    [Fact]
    public void editing_can_choose_another_giver()
    {
        var state = _given.Drafted(Given.Draft(receiver: Given.SectionPosition));
        state = state.Then(EditDraft.Decide(state, new EditDraft(state.Id, Given.HeadPosition, state.Content), _given.Registry, _given.Clock, Given.Operator));
        state.Giver!.Position.ShouldBe(Given.HeadPosition);
    }

    [Fact]
    public void indicators_are_copied_from_last_years_agreement_of_the_same_position_with_new_ids()
    {
        var lastYearDraft = Given.Draft(id: "pk-dinkes-2025") with { Year = new FiscalYear(2025) };
        var lastYear = _given.Drafted(lastYearDraft);
        var state = _given.Drafted(Given.Draft(content: Given.Content(Given.Visits())));

        state = state.Then(CopyIndicatorsFromLastYear.Decide(state, new CopyIndicatorsFromLastYear(state.Id, lastYear.Id), lastYear, _given.Clock, Given.Operator));

        state.CopiedFrom.ShouldBe(lastYear.Id);
        state.Content.Objectives.Count.ShouldBe(2);
        state.Content.Indicators.Select(i => i.Id.Value).ShouldBe(["IK-1", "IK-2", "IK-3"]);
        state.Content.Objectives[1].Indicators.Select(i => i.Name).ShouldBe(lastYear.Content.Indicators.Select(i => i.Name));
    }

    [Fact]
    public void indicators_are_not_copied_from_another_position_or_year()
    {
        var other = _given.Drafted(Given.Draft(receiver: Given.FieldPosition, id: "pk-kabid-2025") with { Year = new FiscalYear(2025) });
        var state = _given.Drafted();
        CopyIndicatorsFromLastYear.Decide(state, new CopyIndicatorsFromLastYear(state.Id, other.Id), other, _given.Clock, Given.Operator)
            .ShouldBeInvalid()["from"].Single().ShouldContain("same position");

        var sameYear = _given.Drafted(Given.Draft(id: "pk-dinkes-2026-b"));
        CopyIndicatorsFromLastYear.Decide(state, new CopyIndicatorsFromLastYear(state.Id, sameYear.Id), sameYear, _given.Clock, Given.Operator)
            .ShouldBeInvalid()["from"].Single().ShouldContain("agreement of 2025");
    }

    [Fact]
    public void withdrawing_needs_a_reason_and_ends_the_workflow()
    {
        var state = _given.Drafted();
        WithdrawAgreement.Decide(state, new WithdrawAgreement(state.Id, ""), _given.Clock, Given.Operator).ShouldBeInvalid().Keys.ShouldBe(["reason"]);
        state = state.Then(WithdrawAgreement.Decide(state, new WithdrawAgreement(state.Id, "Salah jabatan."), _given.Clock, Given.Operator));
        state.Status.ShouldBe(AgreementStatus.Withdrawn);
        state.WithdrawalReason.ShouldBe("Salah jabatan.");
        SubmitAgreement.Decide(state, new SubmitAgreement(state.Id), _given.Clock, Given.Operator).ShouldBeConflict();
        WithdrawAgreement.Decide(state, new WithdrawAgreement(state.Id, "lagi"), _given.Clock, Given.Operator).ShouldBeConflict();
    }
}
