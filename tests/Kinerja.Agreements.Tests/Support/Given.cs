using Kinerja.Agreements.Drafting;
using Kinerja.Agreements.Organisation.AddingPosition;
using Kinerja.Agreements.Organisation.AddingUnit;
using Kinerja.Agreements.Organisation.PlacingOfficial;
using Kinerja.Agreements.Organisation.RecordingBudgetApproval;
using Kinerja.Agreements.Organisation.RegisteringOfficial;
using Kinerja.Agreements.Organisation.RegisteringRegion;
using Kinerja.Agreements.Signing;
using Kinerja.Agreements.Submitting;
using Kinerja.Agreements.Verifying;

namespace Kinerja.Agreements.Tests.Support;

/// <summary>
/// A small region to test against: the Bupati, a Dinas Kesehatan with its head (II), a field head (III)
/// under them and a section head (IV) under the field head, each held by an official with a valid NIP.
/// </summary>
internal static class Given
{
    public static readonly RegionCode Region = RegionCode.Parse("64.02");
    public static readonly FiscalYear Year = new(2026);
    public static readonly Actor Operator = new("operator-1", "Operator Bappeda");
    public static readonly UnitId Unit = UnitId.From("dinkes");
    public static readonly PositionId BupatiPosition = PositionId.From("bupati");
    public static readonly PositionId HeadPosition = PositionId.From("dinkes-kepala");
    public static readonly PositionId FieldPosition = PositionId.From("dinkes-kabid");
    public static readonly PositionId SectionPosition = PositionId.From("dinkes-kasi");
    public static readonly OfficialId Bupati = OfficialId.From("bupati-2021");
    public static readonly Nip HeadNip = Nip.Parse("197001011995031001");
    public static readonly Nip FieldNip = Nip.Parse("197505122000032002");
    public static readonly Nip SectionNip = Nip.Parse("198003032005011003");
    public static readonly Nip NewcomerNip = Nip.Parse("197208172000121004");
    public static readonly DateOnly BudgetApprovedOn = new(2026, 1, 5);

    public static FixedClock Clock() => new(new DateTimeOffset(2026, 1, 20, 2, 0, 0, TimeSpan.Zero));

    public static OrganisationRegistry Registry(TimeProvider clock)
    {
        var s = OrganisationRegistry.Unregistered(Region);
        s = s.Then(RegisterRegion.Decide(s, new RegisterRegion(Region, "Kabupaten Kutai Kartanegara", "Bupati"), clock, Operator));
        s = s.Then(RecordBudgetApproval.Decide(s, new RecordBudgetApproval(Year, BudgetApprovedOn), clock, Operator));
        s = s.Then(AddUnit.Decide(s, new AddUnit(Unit, "Dinas Kesehatan", null), clock, Operator));
        s = s.Then(AddPosition.Decide(s, new AddPosition(BupatiPosition, "Bupati Kutai Kartanegara", Echelon.HeadOfRegion, null, null), clock, Operator));
        s = s.Then(AddPosition.Decide(s, new AddPosition(HeadPosition, "Kepala Dinas Kesehatan", Echelon.II, Unit, null), clock, Operator));
        s = s.Then(AddPosition.Decide(s, new AddPosition(FieldPosition, "Kepala Bidang Pelayanan Kesehatan", Echelon.III, Unit, HeadPosition), clock, Operator));
        s = s.Then(AddPosition.Decide(s, new AddPosition(SectionPosition, "Kepala Seksi Kesehatan Ibu dan Anak", Echelon.IV, Unit, FieldPosition), clock, Operator));
        s = s.Then(RegisterOfficial.Decide(s, new RegisterOfficial(Bupati, null, "Drs. Bupati Kukar", null), clock, Operator));
        s = s.Then(RegisterOfficial.Decide(s, RegisterOfficial.CivilServant(HeadNip, "dr. Hj. Dewi Handayani, M.Kes", "Pembina Utama Muda (IV/c)"), clock, Operator));
        s = s.Then(RegisterOfficial.Decide(s, RegisterOfficial.CivilServant(FieldNip, "Siti Rahmawati, SKM", "Pembina (IV/a)"), clock, Operator));
        s = s.Then(RegisterOfficial.Decide(s, RegisterOfficial.CivilServant(SectionNip, "Budi Saputra, SKM", "Penata (III/c)"), clock, Operator));
        s = s.Then(RegisterOfficial.Decide(s, RegisterOfficial.CivilServant(NewcomerNip, "dr. Agus Gunawan, MPH", "Pembina Utama Muda (IV/c)"), clock, Operator));
        s = s.Then(PlaceOfficial.Decide(s, new PlaceOfficial(Bupati, BupatiPosition, new DateOnly(2021, 2, 26), false), clock, Operator));
        s = s.Then(PlaceOfficial.Decide(s, new PlaceOfficial(OfficialId.Of(HeadNip), HeadPosition, new DateOnly(2022, 3, 1), false), clock, Operator));
        s = s.Then(PlaceOfficial.Decide(s, new PlaceOfficial(OfficialId.Of(FieldNip), FieldPosition, new DateOnly(2023, 1, 2), false), clock, Operator));
        s = s.Then(PlaceOfficial.Decide(s, new PlaceOfficial(OfficialId.Of(SectionNip), SectionPosition, new DateOnly(2023, 1, 2), false), clock, Operator));
        return s;
    }

    /// <summary>Per-period SUM: 4 quarterly targets adding up to the annual one.</summary>
    public static Indicator Visits(string id = "") => new(
        ItemId.From(id), "Jumlah kunjungan rawat jalan puskesmas", "kunjungan", Polarity.Positive, Consolidation.Sum, TargetAccumulation.PerPeriod,
        "Jumlah kunjungan dalam periode", "SIMPUS", Frequency.Quarterly, "Kepala Bidang Pelayanan Kesehatan", null,
        Target.Of(100_000), [Target.Of(20_000), Target.Of(25_000), Target.Of(30_000), Target.Of(25_000)]);

    /// <summary>Cumulative stock value ending at the annual target.</summary>
    public static Indicator Immunisation(string id = "") => new(
        ItemId.From(id), "Cakupan imunisasi dasar lengkap", "%", Polarity.Positive, Consolidation.Last, TargetAccumulation.Cumulative,
        "Bayi imunisasi lengkap / seluruh bayi × 100", "Laporan imunisasi", Frequency.Quarterly, "Kepala Seksi Surveilans", null,
        Target.Of(92), [Target.Of(22), Target.Of(45), Target.Of(70), Target.Of(92)]);

    public static FundedProgram Program(decimal annual = 1_000_000_000m) => new(
        ItemId.From(""), "Program Upaya Kesehatan Masyarakat", new Rupiah(annual),
        [new Rupiah(annual / 4), new Rupiah(annual / 4), new Rupiah(annual / 4), new Rupiah(annual / 4)], []);

    public static AgreementContent Content(params Indicator[] indicators) => new(
        [new Objective(ItemId.From(""), "Meningkatnya derajat kesehatan masyarakat", indicators.Length > 0 ? indicators : [Visits(), Immunisation()])],
        [Program()]);

    public static DraftAgreement Draft(PositionId? receiver = null, AgreementContent? content = null, PositionId? giver = null, string id = "pk-dinkes-2026") =>
        new(AgreementId.From(id), Year, receiver ?? HeadPosition, giver, content ?? Content());
}

/// <summary>Walks one agreement through its workflow with a test clock and the small region.</summary>
internal sealed class Scenario
{
    public FixedClock Clock { get; } = Given.Clock();

    public OrganisationRegistry Registry { get; set; }

    public Scenario() => Registry = Given.Registry(Clock);

    public Agreement Drafted(DraftAgreement? draft = null) =>
        ((Agreement?)null).Then(DraftAgreement.Decide(null, draft ?? Given.Draft(), Registry, Clock, Given.Operator));

    public Agreement Verified(DraftAgreement? draft = null)
    {
        var state = Drafted(draft);
        state = state.Then(SubmitAgreement.Decide(state, new SubmitAgreement(state.Id), Clock, Given.Operator));
        return state.Then(VerifyAgreement.Decide(state, new VerifyAgreement(state.Id), Clock, Given.Operator));
    }

    public Agreement InForce(DraftAgreement? draft = null)
    {
        var state = Verified(draft);
        var context = new SignAgreement.Context(Given.BudgetApprovedOn, null);
        state = state.Then(SignAgreement.Decide(state, new SignAgreement(state.Id, SigningParty.Receiver, state.Receiver.Official, "Tenggarong"), context, Clock, Given.Operator));
        return state.Giver is null
            ? state
            : state.Then(SignAgreement.Decide(state, new SignAgreement(state.Id, SigningParty.Giver, state.Giver.Official, "Tenggarong"), context, Clock, Given.Operator));
    }
}
