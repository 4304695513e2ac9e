using Kinerja.Agreements.Organisation.ImportingOrganisation;
using Kinerja.Agreements.Organisation.RegisteringRegion;

namespace Kinerja.Agreements.Tests.Organisation;

public class ImportingOrganisationTests
{
    private const string Header = "unit_id,unit_name,parent_unit_id,position_id,position_title,echelon,superior_position_id,nip,official_name,rank,placed_from,acting";

    private readonly FixedClock _clock = Given.Clock();

    private OrganisationRegistry Registered()
    {
        var state = OrganisationRegistry.Unregistered(Given.Region);
        return state.Then(RegisterRegion.Decide(state, new RegisterRegion(Given.Region, "Kabupaten Kutai Kartanegara", "Bupati"), _clock, Given.Operator));
    }

    private OrganisationImport Import(OrganisationRegistry state, params string[] rows) =>
        ImportOrganisation.Decide(state, new StringReader(string.Join("\n", rows.Prepend(Header))), _clock, Given.Operator);

    [Fact]
    public void a_valid_file_becomes_units_positions_officials_and_placements_in_dependency_order()
    {
        var state = Registered();
        var result = Import(state,
            // The field head comes before their superior and the unit before its parent: the import orders them.
            "dinkes-p2p,Bidang P2P,dinkes,dinkes-kabid,Kepala Bidang P2P,III,dinkes-kepala,197505122000032002,\"Siti Rahmawati, SKM\",Pembina (IV/a),2023-01-02,no",
            "dinkes,Dinas Kesehatan,,dinkes-kepala,Kepala Dinas Kesehatan,II,,197001011995031001,\"dr. Hj. Dewi Handayani, M.Kes\",Pembina Utama Muda (IV/c),2022-03-01,tidak",
            ",,,bupati,Bupati Kutai Kartanegara,KDH,,,Drs. Bupati Kukar,,2021-02-26,",
            "dinkes,,,dinkes-kasi,Kepala Seksi KIA,IV,dinkes-kabid,198003032005011003,Budi Saputra,Penata (III/c),2024-07-01,Plt");

        result.Errors.ShouldBeEmpty();
        state = result.Events.Aggregate(state, (s, e) => s.Apply(e));
        state.Units.Count.ShouldBe(2);
        state.Units[UnitId.From("dinkes-p2p")].Parent.ShouldBe(UnitId.From("dinkes"));
        state.Positions.Count.ShouldBe(4);
        state.DefaultGiverPosition(PositionId.From("dinkes-kepala"))!.Id.ShouldBe(PositionId.From("bupati"));
        state.HolderOf(PositionId.From("dinkes-kasi"), new DateOnly(2026, 1, 1))!.Acting.ShouldBeTrue();
        state.HolderOf(PositionId.From("bupati"), new DateOnly(2026, 1, 1))!.Official.Nip.ShouldBeNull();
        state.Officials[OfficialId.From("197001011995031001")].Name.ShouldBe("dr. Hj. Dewi Handayani, M.Kes");
    }

    [Fact]
    public void any_invalid_row_imports_nothing_and_every_error_names_its_row_and_column()
    {
        var result = Import(Registered(),
            "dinkes,Dinas Kesehatan,,dinkes-kepala,Kepala Dinas Kesehatan,II,,197001011995031001,dr. Dewi,IV/c,2022-03-01,no",
            "dinkes,Dinas Kesehatan,,dinkes-kabid,Kepala Bidang,V,,19750512200003200,Siti,IV/a,2023-13-02,no",
            "dinkes,Dinas Kesehatan,,dinkes-kepala,Kepala Seksi,IV,dinkes-nobody,,Budi,III/c,2024-07-01,maybe");

        result.IsValid.ShouldBeFalse();
        result.Events.ShouldBeEmpty();
        result.Errors.Select(e => (e.Row, e.Column)).ShouldBe(
            [(3, "echelon"), (3, "nip"), (3, "placed_from"), (4, "nip"), (4, "acting"), (4, "position_id"), (4, "superior_position_id")],
            ignoreOrder: true);
        result.Errors.Single(e => e is { Row: 3, Column: "nip" }).Message.ShouldContain("18 digits");
        result.ToValidationErrors().ToDictionary().Keys.ShouldContain("rows[3].echelon");
    }

    [Fact]
    public void a_file_without_the_expected_columns_is_refused_at_the_header()
    {
        var result = ImportOrganisation.Decide(Registered(), new StringReader("unit_id,name\nx,y"), _clock, Given.Operator);
        result.Errors.ShouldAllBe(e => e.Row == 1);
        result.Errors.Select(e => e.Column).ShouldContain("position_id");
    }

    [Fact]
    public void a_position_already_in_the_registry_is_reported_not_duplicated()
    {
        var result = Import(Given.Registry(_clock), "dinkes,,,dinkes-kepala,Kepala Dinas Kesehatan,II,,,,,,");
        result.Errors.ShouldHaveSingleItem().Message.ShouldContain("already exists");
    }
}
