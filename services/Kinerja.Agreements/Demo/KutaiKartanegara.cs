using System.Globalization;
using Kinerja.Agreements.Drafting;
using Kinerja.Agreements.Organisation;
using Kinerja.Agreements.Organisation.AddingPosition;
using Kinerja.Agreements.Organisation.AddingUnit;
using Kinerja.Agreements.Organisation.PlacingOfficial;
using Kinerja.Agreements.Organisation.RecordingBudgetApproval;
using Kinerja.Agreements.Organisation.RegisteringOfficial;
using Kinerja.Agreements.Organisation.RegisteringRegion;

namespace Kinerja.Agreements.Demo;

/// <summary>The commands that seed a demo region, in the order the run command issues them.</summary>
internal sealed record DemoRegion(
    RegisterRegion Region,
    RecordBudgetApproval Budget,
    IReadOnlyList<AddUnit> Units,
    IReadOnlyList<AddPosition> Positions,
    IReadOnlyList<RegisterOfficial> Officials,
    IReadOnlyList<PlaceOfficial> Placements,
    IReadOnlyList<DraftAgreement> Agreements);

/// <summary>
/// Kutai Kartanegara (64.02, East Kalimantan) with the 15 units whose heads signed their agreements with the
/// Bupati in 2011. Officials and their NIPs are invented but valid; indicators, targets and budgets are of
/// the kind such agreements contain. Ids are deterministic, so seeding twice finds everything already there.
/// </summary>
internal static class KutaiKartanegara
{
    public static readonly RegionCode Code = RegionCode.Parse("64.02");

    private const string Bupati = "6402-bupati";

    /// <summary>Units whose heads signed late, more than a month after the DPA was approved (flagged, as DOMAIN.md asks).</summary>
    public static readonly IReadOnlyList<string> LateSigners = ["dpu", "distan"];

    /// <summary>
    /// The demo's calendar for one agreement: drafted, submitted, verified and signed on these days of the year, the
    /// late signers in mid-March (the DPA is approved on 10 January), the others in early February.
    /// </summary>
    public static (DateOnly Drafted, DateOnly Submitted, DateOnly Verified, DateOnly Signed) Calendar(FiscalYear year, AgreementId agreement)
    {
        var late = LateSigners.Any(unit => agreement.Value.EndsWith($"-{unit}", StringComparison.Ordinal));
        return (new DateOnly(year.Value, 1, 20), new DateOnly(year.Value, 1, 24), new DateOnly(year.Value, 1, 28),
            late ? new DateOnly(year.Value, 3, 16) : new DateOnly(year.Value, 2, 5));
    }

    private sealed record UnitSpec(string Key, string Name, string HeadTitle, string HeadName, string Field, IReadOnlyList<(string Statement, Indicator[] Indicators)> Objectives, (string Name, decimal Budget)[] Programs, bool HeadActing = false);

    public static DemoRegion Build(FiscalYear year)
    {
        var units = Units();
        var positions = new List<AddPosition> { new(PositionId.From(Bupati), "Bupati Kutai Kartanegara", Echelon.HeadOfRegion, null, null) };
        var officials = new List<RegisterOfficial> { new(OfficialId.From("6402-bupati-2010"), null, "Dr. H. Mahmud Arifin, M.Si", null) };
        var placements = new List<PlaceOfficial> { new(OfficialId.From("6402-bupati-2010"), PositionId.From(Bupati), new DateOnly(2010, 6, 30), false) };
        var agreements = new List<DraftAgreement>();
        var serial = 0;
        foreach (var unit in units)
        {
            var unitId = UnitId.From($"6402-{unit.Key}");
            var head = PositionId.From($"6402-{unit.Key}-kepala");
            var secretary = PositionId.From($"6402-{unit.Key}-sekretaris");
            var field = PositionId.From($"6402-{unit.Key}-kabid");
            var general = PositionId.From($"6402-{unit.Key}-kasubbag-umum");
            positions.Add(new AddPosition(head, unit.HeadTitle, Echelon.II, unitId, null));
            positions.Add(new AddPosition(secretary, $"Sekretaris {unit.Name}", Echelon.III, unitId, head));
            positions.Add(new AddPosition(field, $"Kepala Bidang {unit.Field}", Echelon.III, unitId, head));
            positions.Add(new AddPosition(general, "Kepala Sub Bagian Umum dan Kepegawaian", Echelon.IV, unitId, secretary));
            foreach (var (position, name, rank) in new[]
                     {
                         (head, unit.HeadName, "Pembina Utama Muda (IV/c)"),
                         (secretary, OfficialName(serial * 3 + 1), "Pembina (IV/a)"),
                         (field, OfficialName(serial * 3 + 2), "Pembina (IV/a)"),
                         (general, OfficialName(serial * 3 + 3), "Penata Tingkat I (III/d)"),
                     })
            {
                var nip = MakeNip(officials.Count, position == head ? 1962 : position == general ? 1976 : 1969);
                officials.Add(RegisterOfficial.CivilServant(nip, name, rank));
                placements.Add(new PlaceOfficial(OfficialId.Of(nip), position, new DateOnly(2009 + serial % 2, 1 + serial % 12, 2), position == head && unit.HeadActing));
            }
            agreements.Add(new DraftAgreement(
                AgreementId.From($"6402-{year}-{unit.Key}"), year, head, null,
                new AgreementContent(
                    unit.Objectives.Select(o => new Objective(ItemId.From(""), o.Statement, o.Indicators)).ToList(),
                    unit.Programs.Select(p => new FundedProgram(ItemId.From(""), p.Name, new Rupiah(p.Budget), Quarterly(p.Budget), [])).ToList())));
            serial++;
        }
        return new DemoRegion(
            new RegisterRegion(Code, "Kabupaten Kutai Kartanegara", "Bupati"),
            new RecordBudgetApproval(year, new DateOnly(year.Value, 1, 10)),
            units.Select(u => new AddUnit(UnitId.From($"6402-{u.Key}"), u.Name, null)).ToList(),
            positions, officials, placements, agreements);
    }

    /// <summary>
    /// A plausible NIP: born within 7 years of <paramref name="bornFrom"/>, appointed at 25 in March. Distinct
    /// seeds below 84 give distinct birth dates (year, month and day cycle by 7, 12 and 4).
    /// </summary>
    private static Nip MakeNip(int seed, int bornFrom)
    {
        var birth = new DateOnly(bornFrom + seed % 7, 1 + seed % 12, 1 + seed * 7 % 28);
        var text = string.Create(CultureInfo.InvariantCulture, $"{birth:yyyyMMdd}{birth.Year + 25}03{1 + seed % 2}{1 + seed % 9:000}");
        return Nip.Parse(text);
    }

    private static readonly string[] GivenNames = ["Ahmad", "Siti", "Muhammad", "Nurul", "Budi", "Dewi", "Rahmat", "Fitri", "Hendra", "Yuliana", "Syamsul", "Rina", "Agus", "Wahyuni", "Irwan", "Kartini"];
    private static readonly string[] FamilyNames = ["Hidayat", "Rahmawati", "Saputra", "Lestari", "Gunawan", "Susanti", "Firmansyah", "Handayani", "Kurniawan", "Purnamasari", "Syahrani", "Aminah", "Setiawan", "Maulida"];
    private static readonly string[] Degrees = ["S.Sos", "SE, M.Si", "ST, MT", "S.Pd, M.Pd", "SH", "S.Kom", "S.P, M.P", "S.AP"];

    private static string OfficialName(int n) => $"{GivenNames[n % GivenNames.Length]} {FamilyNames[n * 5 % FamilyNames.Length]}, {Degrees[n % Degrees.Length]}";

    /// <summary>The DPA's usual cash plan: 15, 25, 30 and 30 % of the year by quarter, the rounding in the last quarter.</summary>
    private static List<Rupiah> Quarterly(decimal annual)
    {
        var q = new[] { 0.15m, 0.25m, 0.30m }.Select(share => decimal.Round(annual * share, 0)).ToList();
        q.Add(annual - q.Sum());
        return q.Select(a => new Rupiah(a)).ToList();
    }

    private static Indicator Quarterly(string name, string unit, Consolidation consolidation, TargetAccumulation accumulation, decimal annual, decimal[] quarters, string method, string source, Polarity polarity = Polarity.Positive) =>
        new(ItemId.From(""), name, unit, polarity, consolidation, accumulation, method, source, Frequency.Quarterly, "Kepala Bidang terkait", null,
            Target.Of(annual), quarters.Select(q => (Target?)Target.Of(q)).ToList());

    private static Indicator Sum(string name, string unit, decimal[] quarters, string source) =>
        Quarterly(name, unit, Consolidation.Sum, TargetAccumulation.PerPeriod, quarters.Sum(), quarters, $"Jumlah {name.ToLowerInvariant().Replace("jumlah ", "", StringComparison.Ordinal)} dalam periode", source);

    private static Indicator Stock(string name, string unit, decimal[] quarters, string method, string source, Polarity polarity = Polarity.Positive) =>
        Quarterly(name, unit, Consolidation.Last, TargetAccumulation.Cumulative, quarters[^1], quarters, method, source, polarity);

    private static Indicator Average(string name, string unit, decimal level, string method, string source) =>
        Quarterly(name, unit, Consolidation.Average, TargetAccumulation.PerPeriod, level, [level, level, level, level], method, source);

    private static Indicator Annual(string name, string unit, Target target, string method, string source, Polarity polarity = Polarity.Positive) =>
        new(ItemId.From(""), name, unit, polarity, Consolidation.Last, TargetAccumulation.PerPeriod, method, source, Frequency.Annual, "Kepala Bidang terkait", null, target, [target]);

    private static Indicator Ceiling(string name, string unit, decimal maximum, string method, string source) =>
        new(ItemId.From(""), name, unit, Polarity.Negative, Consolidation.Last, TargetAccumulation.PerPeriod, method, source, Frequency.Quarterly, "Kepala Bidang terkait", null,
            Target.Maximum(maximum), Enumerable.Repeat((Target?)Target.Maximum(maximum), 4).ToList());

    private static UnitSpec[] Units() =>
    [
        new("bappeda", "Badan Perencanaan Pembangunan Daerah", "Kepala Bappeda", "Ir. H. Syamsul Hadi, M.Si", "Perencanaan Ekonomi",
            [("Meningkatnya kualitas perencanaan pembangunan daerah",
                [
                    Average("Persentase konsistensi program RKPD dengan RPJMD", "%", 95, "Program RKPD yang sesuai RPJMD / seluruh program RKPD × 100", "Dokumen RKPD dan RPJMD"),
                    Stock("Persentase dokumen perencanaan yang ditetapkan tepat waktu", "%", [25, 50, 75, 100], "Dokumen ditetapkan tepat waktu / dokumen wajib × 100", "Bidang Perencanaan"),
                    Sum("Jumlah dokumen perencanaan yang disusun", "dokumen", [2, 3, 3, 2], "Sekretariat Bappeda"),
                ])],
            [("Program Perencanaan Pembangunan Daerah", 4_250_000_000m), ("Program Pengembangan Data dan Informasi", 1_150_000_000m)]),
        new("bkd", "Badan Kepegawaian Daerah", "Kepala BKD", "Drs. H. Akhmad Taufik Hidayat, M.Si", "Pengembangan Pegawai",
            [("Meningkatnya kompetensi dan profesionalisme aparatur",
                [
                    Stock("Persentase pejabat struktural yang telah mengikuti diklatpim sesuai jenjang", "%", [40, 55, 70, 85], "Pejabat yang telah diklatpim / seluruh pejabat × 100", "SIMPEG BKD"),
                    Average("Persentase usulan kenaikan pangkat yang selesai tepat waktu", "%", 100, "Usulan selesai tepat waktu / seluruh usulan × 100", "Bidang Mutasi"),
                    Sum("Jumlah ASN yang mengikuti uji kompetensi", "orang", [20, 40, 40, 20], "Bidang Pengembangan Pegawai"),
                ])],
            [("Program Pendidikan Kedinasan", 6_300_000_000m), ("Program Pembinaan dan Pengembangan Aparatur", 3_800_000_000m)]),
        new("disdik", "Dinas Pendidikan", "Kepala Dinas Pendidikan", "Drs. H. Rakhmad Hidayat, M.Pd", "Pendidikan Dasar",
            [("Meningkatnya akses dan mutu pendidikan dasar",
                [
                    Annual("Angka Partisipasi Murni SD", "%", Target.Of(95.2m), "Siswa SD usia 7–12 / penduduk usia 7–12 × 100", "Dapodik dan BPS"),
                    Annual("Angka Partisipasi Murni SMP", "%", Target.Of(78.5m), "Siswa SMP usia 13–15 / penduduk usia 13–15 × 100", "Dapodik dan BPS"),
                    Annual("Angka Putus Sekolah SD", "%", Target.Of(0.35m), "Siswa putus sekolah / seluruh siswa × 100", "Dapodik", Polarity.Negative),
                ]),
             ("Meningkatnya kualitas pendidik dan sarana belajar",
                [
                    Stock("Persentase guru berkualifikasi S1/D-IV", "%", [72, 74, 76, 78], "Guru S1/D-IV / seluruh guru × 100", "Bidang Ketenagaan"),
                    Stock("Persentase ruang kelas SD/SMP dalam kondisi baik", "%", [80, 82, 84, 85], "Ruang kelas baik / seluruh ruang kelas × 100", "Bidang Sarana Prasarana"),
                ])],
            [("Program Wajib Belajar Pendidikan Dasar Sembilan Tahun", 312_500_000_000m), ("Program Peningkatan Mutu Pendidik dan Tenaga Kependidikan", 48_750_000_000m), ("Program Pendidikan Anak Usia Dini", 22_400_000_000m)]),
        new("dpu", "Dinas Pekerjaan Umum", "Kepala Dinas Pekerjaan Umum", "Ir. H. Bambang Setiawan, MT", "Bina Marga",
            [("Meningkatnya kualitas dan jangkauan infrastruktur jalan dan jembatan",
                [
                    Stock("Persentase jalan kabupaten dalam kondisi mantap", "%", [58, 60, 63, 65], "Panjang jalan kondisi baik dan sedang / panjang jalan kabupaten × 100", "Bidang Bina Marga"),
                    Sum("Panjang jalan kabupaten yang ditingkatkan", "km", [5, 15, 25, 15], "Bidang Bina Marga"),
                    Sum("Jumlah jembatan yang dibangun atau direhabilitasi", "unit", [0, 2, 3, 3], "Bidang Bina Marga"),
                ]),
             ("Meningkatnya pelayanan air bersih",
                [
                    Stock("Persentase rumah tangga yang terlayani air bersih", "%", [68, 69, 70, 71], "Rumah tangga terlayani / seluruh rumah tangga × 100", "Bidang Cipta Karya dan PDAM"),
                ])],
            [("Program Pembangunan Jalan dan Jembatan", 612_000_000_000m), ("Program Rehabilitasi dan Pemeliharaan Jalan dan Jembatan", 145_000_000_000m), ("Program Pengembangan Kinerja Pengelolaan Air Minum", 58_500_000_000m)]),
        new("dinkes", "Dinas Kesehatan", "Kepala Dinas Kesehatan", "dr. Hj. Dewi Handayani, M.Kes", "Pelayanan Kesehatan",
            [("Meningkatnya derajat kesehatan masyarakat",
                [
                    Annual("Angka Kematian Bayi", "per 1.000 kelahiran hidup", Target.Of(18), "Kematian bayi / kelahiran hidup × 1.000", "Profil Kesehatan", Polarity.Negative),
                    Average("Persentase persalinan ditolong tenaga kesehatan", "%", 90, "Persalinan oleh nakes / seluruh persalinan × 100", "Laporan KIA Puskesmas"),
                    Stock("Cakupan imunisasi dasar lengkap", "%", [22, 45, 70, 92], "Bayi imunisasi lengkap / seluruh bayi × 100", "Laporan Imunisasi"),
                    Ceiling("Prevalensi balita gizi buruk", "%", 1.5m, "Balita gizi buruk / balita ditimbang × 100", "Laporan Gizi Puskesmas"),
                ])],
            [("Program Upaya Kesehatan Masyarakat", 96_000_000_000m), ("Program Peningkatan Keselamatan Ibu Melahirkan dan Anak", 12_600_000_000m), ("Program Perbaikan Gizi Masyarakat", 4_850_000_000m)]),
        new("bkpp", "Badan Ketahanan Pangan dan Penyuluhan", "Kepala Badan Ketahanan Pangan dan Penyuluhan", "Ir. Hj. Siti Aminah, MP", "Penyuluhan",
            [("Meningkatnya ketahanan pangan masyarakat",
                [
                    Annual("Skor Pola Pangan Harapan", "skor", Target.Of(82.5m), "Skor PPH konsumsi pangan penduduk", "Survei Konsumsi Pangan"),
                    Stock("Persentase cadangan pangan pemerintah daerah yang terpenuhi", "%", [25, 50, 75, 100], "Cadangan tersedia / cadangan ditetapkan × 100", "Bidang Ketersediaan Pangan"),
                    Sum("Jumlah kelompok tani yang dibina penyuluh", "kelompok", [60, 60, 60, 60], "Bidang Penyuluhan"),
                ])],
            [("Program Peningkatan Ketahanan Pangan", 18_200_000_000m), ("Program Peningkatan Kesejahteraan Petani", 7_400_000_000m)]),
        new("bkb", "Badan Keluarga Berencana", "Kepala Badan KB", "Drs. H. Irwan Gunawan, MM", "Keluarga Berencana",
            [("Terkendalinya pertumbuhan penduduk",
                [
                    new Indicator(ItemId.From(""), "Laju pertumbuhan penduduk", "%", Polarity.Range, Consolidation.Last, TargetAccumulation.PerPeriod,
                        "(Penduduk akhir tahun / penduduk awal tahun − 1) × 100", "BPS Kutai Kartanegara", Frequency.Annual, "Kepala Bidang Data dan Informasi", null,
                        Target.Between(1.5m, 2.0m), [Target.Between(1.5m, 2.0m)]),
                    Sum("Jumlah peserta KB baru", "orang", [3000, 3500, 3500, 3000], "Laporan F/II/KB"),
                    Stock("Persentase peserta KB aktif terhadap pasangan usia subur", "%", [72, 73, 74, 75], "Peserta KB aktif / PUS × 100", "Laporan F/II/KB"),
                ])],
            [("Program Keluarga Berencana", 8_900_000_000m), ("Program Pelayanan Kontrasepsi", 3_250_000_000m)]),
        new("p3a", "Badan Pemberdayaan Perempuan dan Perlindungan Anak", "Kepala Badan Pemberdayaan Perempuan dan Perlindungan Anak", "Dra. Hj. Rina Susanti, M.Si", "Perlindungan Anak",
            [("Meningkatnya perlindungan perempuan dan anak",
                [
                    Average("Persentase kasus kekerasan terhadap perempuan dan anak yang tertangani", "%", 100, "Kasus tertangani / kasus dilaporkan × 100", "P2TP2A"),
                    Annual("Indeks Pemberdayaan Gender", "indeks", Target.Of(62.5m), "IDG menurut metode BPS", "BPS"),
                    Sum("Jumlah desa/kelurahan layak anak", "desa", [0, 2, 2, 1], "Bidang Perlindungan Anak"),
                ])],
            [("Program Peningkatan Kualitas Hidup dan Perlindungan Perempuan", 3_600_000_000m), ("Program Perlindungan Anak", 2_150_000_000m)]),
        new("blhd", "Badan Lingkungan Hidup Daerah", "Kepala Badan Lingkungan Hidup Daerah", "Ir. Hendra Kurniawan, M.Si", "Pengendalian Pencemaran",
            [("Meningkatnya kualitas lingkungan hidup",
                [
                    Stock("Persentase usaha/kegiatan yang memenuhi baku mutu air limbah", "%", [60, 65, 70, 75], "Usaha memenuhi baku mutu / usaha diawasi × 100", "Bidang Pengendalian Pencemaran"),
                    Annual("Indeks Kualitas Air", "indeks", Target.Of(55), "IKA menurut metode KLH", "Pemantauan kualitas air sungai"),
                    Sum("Jumlah pengaduan lingkungan yang ditindaklanjuti", "kasus", [5, 5, 5, 5], "Bidang Penegakan Hukum Lingkungan"),
                ])],
            [("Program Pengendalian Pencemaran dan Perusakan Lingkungan Hidup", 9_750_000_000m), ("Program Perlindungan dan Konservasi Sumber Daya Alam", 4_100_000_000m)],
            HeadActing: true),
        new("distan", "Dinas Pertanian Tanaman Pangan", "Kepala Dinas Pertanian", "Ir. H. Muhammad Firmansyah, MP", "Produksi Tanaman Pangan",
            [("Meningkatnya produksi tanaman pangan",
                [
                    Sum("Produksi padi", "ton GKG", [45_000, 60_000, 40_000, 55_000], "Statistik Pertanian"),
                    Annual("Produktivitas padi", "ton/ha", Target.Of(4.2m), "Produksi / luas panen", "Statistik Pertanian"),
                    Sum("Luas tambah tanam padi", "ha", [9_000, 12_000, 8_000, 11_000], "Laporan KCD Pertanian"),
                ])],
            [("Program Peningkatan Produksi Pertanian", 64_000_000_000m), ("Program Peningkatan Penerapan Teknologi Pertanian", 11_300_000_000m)]),
        new("disnak", "Dinas Peternakan", "Kepala Dinas Peternakan", "drh. H. Agus Setiawan, M.Si", "Produksi Peternakan",
            [("Meningkatnya populasi dan produksi ternak",
                [
                    Stock("Populasi sapi potong", "ekor", [24_000, 24_500, 25_000, 25_500], "Jumlah sapi potong akhir periode", "Statistik Peternakan"),
                    Sum("Produksi daging", "ton", [350, 375, 375, 400], "Laporan RPH"),
                    Average("Persentase kasus penyakit hewan menular yang tertangani", "%", 100, "Kasus tertangani / kasus dilaporkan × 100", "Bidang Kesehatan Hewan"),
                ])],
            [("Program Peningkatan Produksi Hasil Peternakan", 21_500_000_000m), ("Program Pencegahan dan Penanggulangan Penyakit Ternak", 5_200_000_000m)]),
        new("dkp", "Dinas Perikanan dan Kelautan", "Kepala Dinas Perikanan dan Kelautan", "Ir. H. Rahmat Saputra, M.Si", "Perikanan Budidaya",
            [("Meningkatnya produksi dan konsumsi ikan",
                [
                    Sum("Produksi perikanan tangkap", "ton", [24_000, 26_000, 26_000, 24_000], "Statistik Perikanan"),
                    Sum("Produksi perikanan budidaya", "ton", [20_000, 22_000, 23_000, 25_000], "Statistik Perikanan"),
                    Annual("Angka konsumsi ikan", "kg/kapita/tahun", Target.Of(36), "Konsumsi ikan / jumlah penduduk", "Survei Konsumsi Ikan"),
                ])],
            [("Program Pengembangan Budidaya Perikanan", 27_800_000_000m), ("Program Pengembangan Perikanan Tangkap", 19_600_000_000m)]),
        new("disbun", "Dinas Perkebunan", "Kepala Dinas Perkebunan", "Ir. H. Wahyu Lestari, MP", "Produksi Perkebunan",
            [("Meningkatnya produksi dan luas perkebunan rakyat",
                [
                    Stock("Luas areal tanam kelapa sawit rakyat", "ha", [65_000, 66_000, 67_000, 68_000], "Luas areal akhir periode", "Statistik Perkebunan"),
                    Sum("Produksi karet", "ton", [4_000, 4_500, 4_500, 5_000], "Statistik Perkebunan"),
                    Sum("Jumlah petani pekebun penerima bantuan bibit", "orang", [0, 400, 400, 200], "Bidang Produksi"),
                ])],
            [("Program Peningkatan Produksi Perkebunan", 73_400_000_000m), ("Program Pemberdayaan Penyuluh Perkebunan", 3_900_000_000m)]),
        new("perindagkop", "Dinas Perindustrian, Perdagangan dan Koperasi", "Kepala Dinas Perindagkop", "Drs. H. Yusran Maulida, MM", "Koperasi dan UKM",
            [("Meningkatnya daya saing industri, perdagangan dan koperasi",
                [
                    Stock("Persentase koperasi aktif", "%", [55, 56, 58, 60], "Koperasi aktif / seluruh koperasi × 100", "Bidang Koperasi"),
                    Sum("Jumlah industri kecil dan menengah baru", "unit", [25, 25, 25, 25], "Bidang Perindustrian"),
                    Annual("Pertumbuhan nilai ekspor non migas", "%", Target.Of(5), "(Ekspor tahun ini / ekspor tahun lalu − 1) × 100", "Bidang Perdagangan"),
                ])],
            [("Program Pengembangan Industri Kecil dan Menengah", 12_750_000_000m), ("Program Peningkatan Kualitas Kelembagaan Koperasi", 6_450_000_000m)]),
        new("bpmd", "Badan Pemberdayaan Masyarakat dan Pemerintahan Desa", "Kepala BPMD", "Drs. H. Kurnia Purnamasari, M.Si", "Pemerintahan Desa",
            [("Meningkatnya kemandirian desa",
                [
                    Annual("Persentase desa swadaya yang meningkat menjadi swakarya", "%", Target.Of(10), "Desa naik status / desa swadaya × 100", "Profil Desa"),
                    Sum("Jumlah lembaga kemasyarakatan desa yang dibina", "lembaga", [50, 50, 50, 50], "Bidang Kelembagaan"),
                    Stock("Persentase Alokasi Dana Desa yang tersalur tepat waktu", "%", [25, 50, 75, 100], "ADD tersalur tepat waktu / pagu ADD × 100", "Bidang Pemerintahan Desa"),
                ])],
            [("Program Peningkatan Keberdayaan Masyarakat Perdesaan", 38_500_000_000m), ("Program Peningkatan Kapasitas Aparatur Pemerintah Desa", 5_750_000_000m)]),
    ];
}
