using Kinerja.Agreements.Drafting;
using Kinerja.Agreements.Organisation.PlacingOfficial;

namespace Kinerja.Agreements.Tests.Drafting;

public class DraftingTests
{
    private readonly Scenario _given = new();

    private Decision<IAgreementEvent> Draft(DraftAgreement command) => DraftAgreement.Decide(null, command, _given.Registry, _given.Clock, Given.Operator);

    private IReadOnlyDictionary<string, string[]> Invalid(AgreementContent content) => Draft(Given.Draft(content: content)).ShouldBeInvalid();

    [Fact]
    public void drafting_names_the_current_holders_and_the_giver_from_the_reporting_line()
    {
        var agreement = _given.Drafted();

        agreement.Status.ShouldBe(AgreementStatus.Draft);
        agreement.Version.ShouldBe(1);
        agreement.Region.ShouldBe(Given.Region);
        agreement.Unit.ShouldBe(Given.Unit);
        agreement.Receiver.Nip.ShouldBe(Given.HeadNip);
        agreement.Receiver.Echelon.ShouldBe(Echelon.II);
        agreement.Receiver.UnitName.ShouldBe("Dinas Kesehatan");
        agreement.Giver!.Position.ShouldBe(Given.BupatiPosition);
        agreement.Giver.Nip.ShouldBeNull();
        agreement.EffectiveFrom.ShouldBe(new DateOnly(2026, 1, 1));
    }

    [Fact]
    public void items_without_ids_are_numbered()
    {
        var agreement = _given.Drafted();
        agreement.Content.Objectives.Single().Id.Value.ShouldBe("SS-1");
        agreement.Content.Indicators.Select(i => i.Id.Value).ShouldBe(["IK-1", "IK-2"]);
        agreement.Content.Programs.Single().Id.Value.ShouldBe("PG-1");
    }

    [Fact]
    public void the_giver_can_be_chosen_instead_of_the_reporting_line()
    {
        var agreement = _given.Drafted(Given.Draft(receiver: Given.SectionPosition, giver: Given.HeadPosition));
        agreement.Giver!.Position.ShouldBe(Given.HeadPosition);
        _given.Drafted(Given.Draft(receiver: Given.SectionPosition)).Giver!.Position.ShouldBe(Given.FieldPosition);
    }

    [Fact]
    public void a_chosen_giver_off_the_receivers_reporting_line_is_refused()
    {
        // The section head is below the field head, not above: the giver must be one of the receiver's superiors.
        Draft(Given.Draft(receiver: Given.FieldPosition, giver: Given.SectionPosition)).ShouldBeInvalid()["giverPositionId"].Single().ShouldContain("reporting line");
        _given.Drafted(Given.Draft(receiver: Given.FieldPosition, giver: Given.BupatiPosition)).Giver!.Position.ShouldBe(Given.BupatiPosition);
    }

    [Fact]
    public void the_head_of_region_signs_alone()
    {
        _given.Drafted(Given.Draft(receiver: Given.BupatiPosition)).Giver.ShouldBeNull();
        Draft(Given.Draft(receiver: Given.BupatiPosition, giver: Given.HeadPosition)).ShouldBeInvalid().Keys.ShouldBe(["giverPositionId"]);
    }

    [Fact]
    public void an_acting_official_is_named_as_acting()
    {
        _given.Registry = _given.Registry.Then(EndPlacement.Decide(_given.Registry, new EndPlacement(OfficialId.Of(Given.HeadNip), Given.HeadPosition, new DateOnly(2026, 1, 10)), _given.Clock, Given.Operator));
        _given.Registry = _given.Registry.Then(PlaceOfficial.Decide(_given.Registry, new PlaceOfficial(OfficialId.Of(Given.FieldNip), Given.HeadPosition, new DateOnly(2026, 1, 10), true), _given.Clock, Given.Operator));

        var agreement = _given.Drafted();
        agreement.Receiver.Nip.ShouldBe(Given.FieldNip);
        agreement.Receiver.Acting.ShouldBeTrue();
    }

    [Fact]
    public void drafting_in_an_unregistered_region_is_refused()
    {
        var unknown = OrganisationRegistry.Unregistered(RegionCode.Parse("64.99"));
        DraftAgreement.Decide(null, Given.Draft(), unknown, _given.Clock, Given.Operator).ShouldBeInvalid().Keys.ShouldBe(["region"]);
    }

    [Fact]
    public void a_vacant_or_unknown_receiver_position_is_refused()
    {
        Draft(Given.Draft(receiver: PositionId.From("nowhere"))).ShouldBeInvalid().Keys.ShouldContain("receiverPositionId");
        _given.Registry = _given.Registry.Then(EndPlacement.Decide(_given.Registry, new EndPlacement(OfficialId.Of(Given.HeadNip), Given.HeadPosition, new DateOnly(2026, 1, 10)), _given.Clock, Given.Operator));
        Draft(Given.Draft()).ShouldBeInvalid()["receiverPositionId"].Single().ShouldContain("No official holds");
    }

    [Fact]
    public void drafting_an_existing_agreement_again_is_a_conflict()
    {
        var existing = _given.Drafted();
        DraftAgreement.Decide(existing, Given.Draft(), _given.Registry, _given.Clock, Given.Operator).ShouldBeConflict();
    }

    [Fact]
    public void missing_fields_are_named_by_their_json_path()
    {
        var blank = Given.Visits() with { Name = "", UnitOfMeasure = " ", DataSource = "", CalculationMethod = "", PersonResponsible = "" };
        var errors = Invalid(new AgreementContent([new Objective(ItemId.From(""), "", [Given.Immunisation(), blank])], []));
        errors.Keys.ShouldBe(
            ["objectives[0].statement", "objectives[0].indicators[1].name", "objectives[0].indicators[1].unitOfMeasure", "objectives[0].indicators[1].calculationMethod",
             "objectives[0].indicators[1].dataSource", "objectives[0].indicators[1].personResponsible"],
            ignoreOrder: true);
    }

    [Fact]
    public void lists_and_targets_left_out_of_a_json_body_are_named_not_a_crash()
    {
        Invalid(new AgreementContent(null!, null!)).Keys.ShouldBe(["objectives"]);
        var bare = Given.Visits() with { AnnualTarget = null!, PeriodTargets = null! };
        Invalid(new AgreementContent([new Objective(ItemId.From(""), "Sasaran", [bare])], null!)).Keys
            .ShouldBe(["objectives[0].indicators[0].annualTarget", "objectives[0].indicators[0].periodTargets"], ignoreOrder: true);
    }

    [Fact]
    public void an_agreement_without_objectives_or_an_objective_without_indicators_is_refused()
    {
        Invalid(new AgreementContent([], [])).Keys.ShouldBe(["objectives"]);
        Invalid(new AgreementContent([new Objective(ItemId.From(""), "Sasaran", [])], [])).Keys.ShouldBe(["objectives[0].indicators"]);
    }

    [Theory]
    [InlineData("Quarterly", 3)]
    [InlineData("Monthly", 4)]
    [InlineData("Semester", 4)]
    [InlineData("Annual", 2)]
    public void the_period_targets_must_match_the_frequency(string frequencyName, int given)
    {
        var frequency = Enum.Parse<Frequency>(frequencyName);
        var indicator = Given.Visits() with { Frequency = frequency, PeriodTargets = Enumerable.Repeat((Target?)Target.Of(1), given).ToList() };
        var message = Invalid(Given.Content(indicator))["objectives[0].indicators[0].periodTargets"].Single();
        message.ShouldContain($"has {Period.CountIn(frequency)} period target");
        message.ShouldContain($"{given} were given");
    }

    [Fact]
    public void a_monthly_indicator_takes_twelve_targets()
    {
        var monthly = Given.Visits() with
        {
            Frequency = Frequency.Monthly,
            AnnualTarget = Target.Of(120),
            PeriodTargets = Enumerable.Repeat((Target?)Target.Of(10), 12).ToList(),
        };
        _given.Drafted(Given.Draft(content: Given.Content(monthly))).Content.Indicators.Single().PeriodTargets.Count.ShouldBe(12);
    }

    [Fact]
    public void a_missing_period_target_is_named_by_its_index()
    {
        var indicator = Given.Visits() with { PeriodTargets = [Target.Of(1), null, Target.Of(1), Target.Of(1)] };
        Invalid(Given.Content(indicator)).Keys.ShouldBe(["objectives[0].indicators[0].periodTargets[1]"]);
    }

    [Fact]
    public void range_targets_belong_to_range_indicators_and_have_ordered_bounds()
    {
        var range = Given.Immunisation() with { Polarity = Polarity.Range, AnnualTarget = Target.Between(90, 80), PeriodTargets = Enumerable.Repeat((Target?)Target.Between(80, 90), 4).ToList() };
        Invalid(Given.Content(range))["objectives[0].indicators[0].annualTarget"].Single().ShouldContain("lower bound 90 is above");

        var numberForRange = range with { AnnualTarget = Target.Of(85) };
        Invalid(Given.Content(numberForRange))["objectives[0].indicators[0].annualTarget"].Single().ShouldContain("range targets");

        var rangeForPositive = Given.Immunisation() with { AnnualTarget = Target.Between(80, 90) };
        Invalid(Given.Content(rangeForPositive))["objectives[0].indicators[0].annualTarget"].Single().ShouldContain("polarity is Range");
    }

    [Fact]
    public void a_range_and_a_flagged_maximum_target_are_accepted()
    {
        var range = Given.Immunisation() with { Polarity = Polarity.Range, AnnualTarget = Target.Between(80, 90), PeriodTargets = Enumerable.Repeat((Target?)Target.Between(80, 90), 4).ToList() };
        var ceiling = Given.Immunisation() with { Polarity = Polarity.Negative, AnnualTarget = Target.Maximum(1.5m), PeriodTargets = Enumerable.Repeat((Target?)Target.Maximum(1.5m), 4).ToList() };
        var agreement = _given.Drafted(Given.Draft(content: Given.Content(range, ceiling)));
        agreement.Content.Indicators.Last().AnnualTarget.IsMaximum.ShouldBeTrue();
    }

    [Fact]
    public void weights_are_between_zero_and_one_hundred_given_for_all_or_none_and_add_up_to_one_hundred()
    {
        Invalid(Given.Content(Given.Visits() with { Weight = 150 }, Given.Immunisation() with { Weight = -50 })).Keys
            .ShouldBe(["objectives[0].indicators[0].weight", "objectives[0].indicators[1].weight"], ignoreOrder: true);
        Invalid(Given.Content(Given.Visits() with { Weight = 60 }, Given.Immunisation()))["objectives"].Single().ShouldContain("1 of 2 indicators have a weight");
        Invalid(Given.Content(Given.Visits() with { Weight = 60 }, Given.Immunisation() with { Weight = 30 }))["objectives"].Single().ShouldContain("add up to 90");
        _given.Drafted(Given.Draft(content: Given.Content(Given.Visits() with { Weight = 60 }, Given.Immunisation() with { Weight = 40 }))).Content.Indicators.Sum(i => i.Weight!.Value).ShouldBe(100);
    }

    [Fact]
    public void a_negative_budget_is_refused()
    {
        var content = Given.Content() with { Programs = [Given.Program() with { AnnualBudget = new Rupiah(-1), QuarterlyBudget = [] }] };
        Invalid(content)["programs[0].annualBudget"].Single().ShouldBe("A budget cannot be negative.");
    }

    [Fact]
    public void quarterly_budgets_that_do_not_add_up_to_the_annual_budget_are_refused()
    {
        var program = Given.Program() with { QuarterlyBudget = [new Rupiah(100), new Rupiah(100), new Rupiah(100), new Rupiah(100)] };
        Invalid(Given.Content() with { Programs = [program] })["programs[0].quarterlyBudget"].Single().ShouldContain("not the annual budget");

        var three = Given.Program() with { QuarterlyBudget = [new Rupiah(1), new Rupiah(1), new Rupiah(1)] };
        Invalid(Given.Content() with { Programs = [three] })["programs[0].quarterlyBudget"].Single().ShouldContain("4 amounts");
    }

    [Fact]
    public void activities_cannot_cost_more_than_their_program()
    {
        var activity = new Activity(ItemId.From(""), "Pelayanan imunisasi", new Rupiah(2_000_000_000m), []);
        var program = Given.Program() with { Activities = [activity] };
        Invalid(Given.Content() with { Programs = [program] }).Keys.ShouldBe(["programs[0].activities"]);
    }

    [Fact]
    public void period_targets_that_do_not_make_the_annual_target_are_a_warning_not_a_refusal()
    {
        var off = Given.Visits() with { AnnualTarget = Target.Of(90_000) };
        var decision = Draft(Given.Draft(content: Given.Content(off)));
        decision.ShouldBeAccepted();
        decision.Warnings.ShouldHaveSingleItem().ShouldContain("add up to 100000, the annual target is 90000");

        var cumulative = Given.Immunisation() with { AnnualTarget = Target.Of(95) };
        Draft(Given.Draft(content: Given.Content(cumulative))).Warnings.ShouldHaveSingleItem().ShouldContain("end at 92");
    }

    [Fact]
    public void the_same_item_id_twice_is_refused()
    {
        Invalid(Given.Content(Given.Visits("IK-1"), Given.Immunisation("IK-1")))["objectives"].Single().ShouldContain("IK-1");
    }
}
