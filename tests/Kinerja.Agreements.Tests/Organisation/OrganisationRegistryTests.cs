using Kinerja.Agreements.Organisation.AddingPosition;
using Kinerja.Agreements.Organisation.AddingUnit;
using Kinerja.Agreements.Organisation.PlacingOfficial;
using Kinerja.Agreements.Organisation.RecordingBudgetApproval;
using Kinerja.Agreements.Organisation.RegisteringOfficial;
using Kinerja.Agreements.Organisation.RegisteringRegion;

namespace Kinerja.Agreements.Tests.Organisation;

public class OrganisationRegistryTests
{
    private readonly FixedClock _clock = Given.Clock();

    [Fact]
    public void a_region_is_unknown_until_it_is_registered()
    {
        var state = OrganisationRegistry.Unregistered(Given.Region);
        state.IsRegistered.ShouldBeFalse();
        AddUnit.Decide(state, new AddUnit(Given.Unit, "Dinas Kesehatan", null), _clock, Given.Operator).ShouldBeInvalid().Keys.ShouldBe(["region"]);

        state = state.Then(RegisterRegion.Decide(state, new RegisterRegion(Given.Region, "Kabupaten Kutai Kartanegara", "Bupati"), _clock, Given.Operator));
        state.IsRegistered.ShouldBeTrue();
        state.Name.ShouldBe("Kabupaten Kutai Kartanegara");
    }

    [Fact]
    public void registering_a_region_twice_is_a_conflict()
    {
        var state = Given.Registry(_clock);
        RegisterRegion.Decide(state, new RegisterRegion(Given.Region, "Kutai Kartanegara", "Bupati"), _clock, Given.Operator).ShouldBeConflict();
    }

    [Fact]
    public void a_position_needs_an_existing_unit_and_superior()
    {
        var state = Given.Registry(_clock);
        var errors = AddPosition.Decide(state, new AddPosition(PositionId.From("x"), "Kepala Seksi", Echelon.IV, UnitId.From("nowhere"), PositionId.From("nobody")), _clock, Given.Operator)
            .ShouldBeInvalid();
        errors.Keys.ShouldBe(["unitId", "superiorPositionId"], ignoreOrder: true);
    }

    [Fact]
    public void a_region_has_one_head_of_region_position()
    {
        var state = Given.Registry(_clock);
        AddPosition.Decide(state, new AddPosition(PositionId.From("bupati-2"), "Bupati", Echelon.HeadOfRegion, null, null), _clock, Given.Operator)
            .ShouldBeInvalid().Keys.ShouldContain("echelon");
    }

    [Fact]
    public void a_civil_servant_is_registered_under_the_nip()
    {
        var state = Given.Registry(_clock);
        var nip = Nip.Parse("198112252006041001");
        RegisterOfficial.Decide(state, new RegisterOfficial(OfficialId.From("someone"), nip, "Irwan", null), _clock, Given.Operator)
            .ShouldBeInvalid().Keys.ShouldBe(["officialId"]);
    }

    [Fact]
    public void an_acting_official_holds_a_vacant_position_until_a_definitive_one_is_placed()
    {
        var state = Given.Registry(_clock);
        state = state.Then(PlaceOfficial.Decide(state, new PlaceOfficial(OfficialId.Of(Given.HeadNip), Given.HeadPosition, new DateOnly(2026, 3, 1), false), _clock, Given.Operator));
        var acting = OfficialId.Of(Given.FieldNip);
        state = state.Then(EndPlacement.Decide(state, new EndPlacement(OfficialId.Of(Given.HeadNip), Given.HeadPosition, new DateOnly(2026, 4, 1)), _clock, Given.Operator));
        state = state.Then(PlaceOfficial.Decide(state, new PlaceOfficial(acting, Given.HeadPosition, new DateOnly(2026, 4, 1), true), _clock, Given.Operator));

        state.HolderOf(Given.HeadPosition, new DateOnly(2026, 3, 15))!.Official.Id.ShouldBe(OfficialId.Of(Given.HeadNip));
        var plt = state.HolderOf(Given.HeadPosition, new DateOnly(2026, 4, 15))!;
        plt.Official.Id.ShouldBe(acting);
        plt.Acting.ShouldBeTrue();

        var newcomer = OfficialId.Of(Given.NewcomerNip);
        var events = PlaceOfficial.Decide(state, new PlaceOfficial(newcomer, Given.HeadPosition, new DateOnly(2026, 6, 1), false), _clock, Given.Operator).ShouldBeAccepted();
        events.OfType<PlacementEnded>().Single().Official.ShouldBe(acting);
        state = events.Aggregate(state, (s, e) => s.Apply(e));
        state.HolderOf(Given.HeadPosition, new DateOnly(2026, 6, 1))!.Official.Id.ShouldBe(newcomer);
        state.HolderOf(Given.HeadPosition, new DateOnly(2026, 6, 1))!.Acting.ShouldBeFalse();
    }

    [Fact]
    public void the_giver_defaults_to_the_superior_position_and_a_unit_head_answers_to_the_head_of_region()
    {
        var state = Given.Registry(_clock);
        state.DefaultGiverPosition(Given.SectionPosition)!.Id.ShouldBe(Given.FieldPosition);
        state.DefaultGiverPosition(Given.FieldPosition)!.Id.ShouldBe(Given.HeadPosition);
        state.DefaultGiverPosition(Given.HeadPosition)!.Id.ShouldBe(Given.BupatiPosition);
        state.DefaultGiverPosition(Given.BupatiPosition).ShouldBeNull();
        state.IsAbove(Given.BupatiPosition, Given.SectionPosition).ShouldBeTrue();
        state.IsAbove(Given.SectionPosition, Given.HeadPosition).ShouldBeFalse();
    }

    [Fact]
    public void the_budget_approval_date_belongs_to_its_year_or_the_one_before()
    {
        var state = Given.Registry(_clock);
        RecordBudgetApproval.Decide(state, new RecordBudgetApproval(Given.Year, new DateOnly(2024, 12, 20)), _clock, Given.Operator)
            .ShouldBeInvalid().Keys.ShouldBe(["approvedOn"]);
        state.BudgetApprovalDates[Given.Year].ShouldBe(Given.BudgetApprovedOn);
    }
}
