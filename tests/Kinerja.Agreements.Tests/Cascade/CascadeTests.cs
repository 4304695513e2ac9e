using Kinerja.Agreements.Cascade;
using Kinerja.Agreements.Linking;
using Kinerja.Agreements.Withdrawing;

namespace Kinerja.Agreements.Tests.Cascade;

public class CascadeTests
{
    private readonly Scenario _given = new();

    private static Indicator Visits(decimal annual) =>
        Given.Visits() with { AnnualTarget = Target.Of(annual), PeriodTargets = Enumerable.Repeat((Target?)Target.Of(annual / 4), 4).ToList() };

    private Agreement Agreement(string id, PositionId receiver, decimal visits, PositionId? giver = null) =>
        _given.InForce(Given.Draft(receiver: receiver, giver: giver, id: id, content: Given.Content(Visits(visits), Given.Immunisation())));

    private Agreement Link(Agreement child, Agreement parent, string indicator = "IK-1", string parentIndicator = "IK-1") =>
        child.Then(LinkIndicator.Decide(child, new LinkIndicator(child.Id, ItemId.From(indicator), parent.Id, ItemId.From(parentIndicator)), parent, _given.Clock, Given.Operator));

    [Fact]
    public void the_tree_runs_from_the_head_of_region_down_the_reporting_lines()
    {
        var bupati = Agreement("pk-bupati", Given.BupatiPosition, 400_000);
        var head = Agreement("pk-kadinkes", Given.HeadPosition, 100_000);
        var field = Agreement("pk-kabid", Given.FieldPosition, 60_000);
        var section = Agreement("pk-kasi", Given.SectionPosition, 30_000);

        var tree = PerformanceTree.Build([section, field, head, bupati], Given.Region, Given.Year);

        var root = tree.Roots.ShouldHaveSingleItem();
        root.Agreement.Id.ShouldBe(bupati.Id);
        var unitHead = root.Children.ShouldHaveSingleItem();
        unitHead.Agreement.Id.ShouldBe(head.Id);
        var eselonIII = unitHead.Children.ShouldHaveSingleItem();
        eselonIII.Agreement.Id.ShouldBe(field.Id);
        eselonIII.Children.ShouldHaveSingleItem().Agreement.Id.ShouldBe(section.Id);
        tree.All().Count().ShouldBe(4);
    }

    [Fact]
    public void children_of_an_additive_indicator_that_do_not_add_up_are_warned_about()
    {
        var head = Agreement("pk-kadinkes", Given.HeadPosition, 100_000);
        var field = Link(Agreement("pk-kabid", Given.FieldPosition, 60_000), head);
        var section = Link(Agreement("pk-kasi", Given.SectionPosition, 30_000, giver: Given.HeadPosition), head);

        var tree = PerformanceTree.Build([head, field, section], Given.Region, Given.Year);

        tree.Roots.ShouldHaveSingleItem().Children.Select(c => c.Agreement.Id).ShouldBe([field.Id, section.Id]);
        var warning = tree.Warnings.ShouldHaveSingleItem();
        warning.Agreement.ShouldBe(head.Id);
        warning.Indicator.ShouldBe(ItemId.From("IK-1"));
        warning.Target.ShouldBe(100_000);
        warning.ChildrenTotal.ShouldBe(90_000);
        warning.Children.Select(c => c.Agreement).ShouldBe([field.Id, section.Id], ignoreOrder: true);
        warning.Message.ShouldContain("add up to 90000 kunjungan; its target is 100000");
    }

    [Fact]
    public void children_that_add_up_or_support_a_non_additive_indicator_raise_no_warning()
    {
        var head = Agreement("pk-kadinkes", Given.HeadPosition, 100_000);
        var field = Link(Agreement("pk-kabid", Given.FieldPosition, 70_000), head);
        var section = Link(Agreement("pk-kasi", Given.SectionPosition, 30_000, giver: Given.HeadPosition), head);
        // Immunisation coverage is a LAST (stock) indicator: children's coverage does not add up to the parent's.
        section = Link(section, head, "IK-2", "IK-2");

        PerformanceTree.Build([head, field, section], Given.Region, Given.Year).Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void withdrawn_agreements_are_left_out_of_the_tree()
    {
        var head = Agreement("pk-kadinkes", Given.HeadPosition, 100_000);
        var field = Agreement("pk-kabid", Given.FieldPosition, 60_000);
        field = field.Then(WithdrawAgreement.Decide(field, new WithdrawAgreement(field.Id, "Duplikat"), _given.Clock, Given.Operator));
        PerformanceTree.Build([head, field], Given.Region, Given.Year).All().Select(n => n.Agreement.Id).ShouldBe([head.Id]);
    }

    [Fact]
    public void an_indicator_links_only_to_its_givers_agreement_of_the_same_year_and_to_an_existing_indicator()
    {
        var bupati = Agreement("pk-bupati", Given.BupatiPosition, 400_000);
        var head = Agreement("pk-kadinkes", Given.HeadPosition, 100_000);
        var field = Agreement("pk-kabid", Given.FieldPosition, 60_000);

        LinkIndicator.Decide(field, new LinkIndicator(field.Id, ItemId.From("IK-1"), bupati.Id, ItemId.From("IK-1")), bupati, _given.Clock, Given.Operator)
            .ShouldBeInvalid()["parentAgreementId"].Single().ShouldContain("giver");
        LinkIndicator.Decide(field, new LinkIndicator(field.Id, ItemId.From("IK-9"), head.Id, ItemId.From("IK-7")), head, _given.Clock, Given.Operator)
            .ShouldBeInvalid().Keys.ShouldBe(["indicator", "parentIndicator"], ignoreOrder: true);
        LinkIndicator.Decide(field, new LinkIndicator(field.Id, ItemId.From("IK-1"), AgreementId.From("missing"), ItemId.From("IK-1")), null, _given.Clock, Given.Operator)
            .ShouldBeInvalid().Keys.ShouldBe(["parentAgreementId"]);

        var linked = Link(field, head);
        linked.Links.ShouldBe([new IndicatorLink(ItemId.From("IK-1"), head.Id, ItemId.From("IK-1"))]);
        LinkIndicator.Decide(linked, new LinkIndicator(field.Id, ItemId.From("IK-1"), head.Id, ItemId.From("IK-1")), head, _given.Clock, Given.Operator)
            .ShouldBeAccepted().ShouldBeEmpty();
    }
}
