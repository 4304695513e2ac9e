using Kinerja.Agreements.Demo;
using Kinerja.Agreements.Drafting;
using Kinerja.Agreements.Organisation.AddingPosition;
using Kinerja.Agreements.Organisation.AddingUnit;
using Kinerja.Agreements.Organisation.PlacingOfficial;
using Kinerja.Agreements.Organisation.RecordingBudgetApproval;
using Kinerja.Agreements.Organisation.RegisteringOfficial;
using Kinerja.Agreements.Organisation.RegisteringRegion;

namespace Kinerja.Agreements.Tests.Demo;

public class KutaiKartanegaraTests
{
    private static readonly string[] SigningUnits2011 =
    [
        "Badan Perencanaan Pembangunan Daerah", "Badan Kepegawaian Daerah", "Dinas Pendidikan", "Dinas Pekerjaan Umum", "Dinas Kesehatan",
        "Badan Ketahanan Pangan dan Penyuluhan", "Badan Keluarga Berencana", "Badan Pemberdayaan Perempuan dan Perlindungan Anak",
        "Badan Lingkungan Hidup Daerah", "Dinas Pertanian Tanaman Pangan", "Dinas Peternakan", "Dinas Perikanan dan Kelautan", "Dinas Perkebunan",
        "Dinas Perindustrian, Perdagangan dan Koperasi", "Badan Pemberdayaan Masyarakat dan Pemerintahan Desa",
    ];

    private readonly FixedClock _clock = Given.Clock();
    private readonly DemoRegion _demo = KutaiKartanegara.Build(Given.Year);

    private OrganisationRegistry Seeded()
    {
        var s = OrganisationRegistry.Unregistered(KutaiKartanegara.Code);
        s = s.Then(RegisterRegion.Decide(s, _demo.Region, _clock, Given.Operator));
        s = s.Then(RecordBudgetApproval.Decide(s, _demo.Budget, _clock, Given.Operator));
        s = _demo.Units.Aggregate(s, (r, c) => r.Then(AddUnit.Decide(r, c, _clock, Given.Operator)));
        s = _demo.Positions.Aggregate(s, (r, c) => r.Then(AddPosition.Decide(r, c, _clock, Given.Operator)));
        s = _demo.Officials.Aggregate(s, (r, c) => r.Then(RegisterOfficial.Decide(r, c, _clock, Given.Operator)));
        return _demo.Placements.Aggregate(s, (r, c) => r.Then(PlaceOfficial.Decide(r, c, _clock, Given.Operator)));
    }

    [Fact]
    public void the_demo_region_is_kutai_kartanegara_with_the_fifteen_units_of_its_2011_signing()
    {
        _demo.Region.Region.Value.ShouldBe("64.02");
        _demo.Units.Select(u => u.Name).ShouldBe(SigningUnits2011, ignoreOrder: true);
    }

    [Fact]
    public void every_demo_command_is_accepted_and_every_unit_head_gets_an_agreement_with_the_bupati()
    {
        var registry = Seeded();
        registry.Units.Count.ShouldBe(15);
        registry.Officials.Values.Where(o => o.Nip is not null).Select(o => o.Nip).ShouldBeUnique();

        _demo.Agreements.Count.ShouldBe(15);
        foreach (var draft in _demo.Agreements)
        {
            var decision = DraftAgreement.Decide(null, draft, registry, _clock, Given.Operator);
            var agreement = ((Agreement?)null).Then(decision);
            decision.Warnings.ShouldBeEmpty();
            agreement.Receiver.Echelon.ShouldBe(Echelon.II);
            agreement.Giver!.Echelon.ShouldBe(Echelon.HeadOfRegion);
            agreement.Content.Indicators.Count().ShouldBeInRange(3, 6);
            agreement.Content.Programs.ShouldNotBeEmpty();
            agreement.Content.Programs.ShouldAllBe(p => p.QuarterlyBudget.Count == 4);
        }
    }

    [Fact]
    public void the_demo_shows_real_looking_indicators_and_an_acting_head()
    {
        _demo.Agreements.SelectMany(a => a.Content.Objectives).SelectMany(o => o.Indicators).Select(i => i.Name)
            .ShouldContain("Angka Partisipasi Murni SD");
        _demo.Agreements.SelectMany(a => a.Content.Objectives).SelectMany(o => o.Indicators).Select(i => i.Name)
            .ShouldContain("Persentase jalan kabupaten dalam kondisi mantap");
        _demo.Placements.Count(p => p.Acting).ShouldBe(1);
    }

    [Theory]
    [InlineData("kadinkes-6402", "6402-dinkes-kepala")]
    [InlineData("kabid-dinkes-6402", "6402-dinkes-kabid")]
    public void the_demo_users_of_the_signing_parties_hold_their_positions_under_their_own_nip(string subject, string position)
    {
        var user = Kinerja.ServiceDefaults.Auth.DemoUser.Find(subject)!;
        var holder = Seeded().HolderOf(PositionId.From(position), new DateOnly(Given.Year.Value, 1, 20))!;

        Nip.TryParse(user.Nip, out _, out _).ShouldBeTrue();
        holder.Official.Nip!.Value.Value.ShouldBe(user.Nip);
        user.Name.ShouldStartWith(holder.Official.Name);
        user.Regions.ShouldBe(["64.02"]);
    }

    [Fact]
    public void the_bupati_demo_user_is_the_elected_head_without_a_nip()
    {
        var user = Kinerja.ServiceDefaults.Auth.DemoUser.Find("bupati-6402")!;
        var holder = Seeded().HolderOf(PositionId.From("6402-bupati"), new DateOnly(Given.Year.Value, 1, 20))!;
        holder.Official.Nip.ShouldBeNull();
        user.Nip.ShouldBeNull();
        user.Name.ShouldStartWith(holder.Official.Name);
    }

    [Fact]
    public void two_agreements_are_signed_more_than_a_month_after_the_budget_approval()
    {
        var limit = _demo.Budget.ApprovedOn.AddMonths(1);
        var late = _demo.Agreements.Where(a => KutaiKartanegara.Calendar(Given.Year, a.AgreementId).Signed > limit).Select(a => a.AgreementId.Value).ToArray();
        late.Length.ShouldBe(2);
        late.ShouldAllBe(id => KutaiKartanegara.LateSigners.Any(unit => id.EndsWith("-" + unit, StringComparison.Ordinal)));
        _demo.Agreements.ShouldAllBe(a => KutaiKartanegara.Calendar(Given.Year, a.AgreementId).Drafted > _demo.Budget.ApprovedOn);
    }

    [Fact]
    public void building_the_demo_twice_gives_the_same_ids() =>
        KutaiKartanegara.Build(Given.Year).Agreements.Select(a => a.AgreementId).ShouldBe(_demo.Agreements.Select(a => a.AgreementId));
}
