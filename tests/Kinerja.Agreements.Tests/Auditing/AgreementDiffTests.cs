using Kinerja.Agreements.Auditing;
using Kinerja.Agreements.Submitting;

namespace Kinerja.Agreements.Tests.Auditing;

public class AgreementDiffTests
{
    private readonly Scenario _given = new();

    [Fact]
    public void equal_states_have_no_differences()
    {
        var state = _given.Drafted();
        AgreementDiff.Between(state, state with { }).ShouldBeEmpty();
    }

    [Fact]
    public void a_changed_field_is_reported_with_its_path_and_both_values()
    {
        var before = _given.Drafted();
        var after = before.Then(SubmitAgreement.Decide(before, new SubmitAgreement(before.Id), _given.Clock, Given.Operator));
        AgreementDiff.Between(before, after).ShouldBe([new FieldChange("status", ChangeKind.Changed, "\"Draft\"", "\"Submitted\"")]);
    }

    [Fact]
    public void items_are_matched_by_id_so_removing_the_first_reads_as_one_removal()
    {
        var before = _given.Drafted();
        var objective = before.Content.Objectives[0];
        var after = before with { Content = before.Content with { Objectives = [objective with { Indicators = [objective.Indicators[1]] }] } };

        var change = AgreementDiff.Between(before, after).ShouldHaveSingleItem();
        change.Path.ShouldBe("content.objectives[0].indicators[0]");
        change.Kind.ShouldBe(ChangeKind.Removed);
        change.Old!.ShouldContain("\"id\":\"IK-1\"");
        change.New.ShouldBeNull();
    }

    [Fact]
    public void added_items_and_nested_changes_are_listed()
    {
        var before = _given.Drafted();
        var objective = before.Content.Objectives[0];
        var changed = objective.Indicators[1] with { Name = "Cakupan imunisasi dasar lengkap (IDL)" };
        var added = Given.Visits("IK-3");
        var after = before.Content with { Objectives = [objective with { Indicators = [objective.Indicators[0], changed, added] }] };

        AgreementDiff.Between(before.Content, after).Select(c => (c.Path, c.Kind)).ShouldBe(
            [("objectives[0].indicators[1].name", ChangeKind.Changed), ("objectives[0].indicators[2]", ChangeKind.Added)]);
    }

    [Fact]
    public void a_value_that_appears_is_an_addition_and_one_that_disappears_a_removal()
    {
        var before = _given.Drafted();
        var after = before with { ReturnComments = "Perbaiki target." };
        AgreementDiff.Between(before, after).ShouldBe([new FieldChange("returnComments", ChangeKind.Added, null, "\"Perbaiki target.\"")]);
        AgreementDiff.Between(after, before).ShouldBe([new FieldChange("returnComments", ChangeKind.Removed, "\"Perbaiki target.\"", null)]);
    }
}
