namespace Kinerja.Web.Localization;

/// <summary>Texts of the ministry dashboard (<c>/kementerian</c>).</summary>
internal sealed class MinistryTexts : ITextSection
{
    public IReadOnlyDictionary<string, string> Indonesian { get; } = new Dictionary<string, string>
    {
        ["ministry.title"] = "Dasbor nasional",
        ["ministry.intro"] = "Semua pemerintah daerah berdampingan: kelengkapan pelaporan realisasi, sebaran predikat capaian, dan perjanjian kinerja yang ditandatangani terlambat. Pilih daerah untuk melihat dasbornya.",
        ["ministry.province"] = "Provinsi",
        ["ministry.province.all"] = "Semua provinsi",
        ["ministry.province.64"] = "Kalimantan Timur",
        ["ministry.year"] = "Tahun",
        ["ministry.year.invalid"] = "Tahun harus antara 2000 dan 2100; tahun berjalan ditampilkan.",
        ["ministry.filter"] = "Tampilkan",
        ["ministry.region"] = "Pemerintah daerah",
        ["ministry.agreements"] = "PK berlaku",
        ["ministry.late"] = "Ditandatangani terlambat",
        ["ministry.completeness"] = "Kelengkapan pelaporan",
        ["ministry.completeness.value"] = "{0} dari {1} realisasi ({2} %) untuk {3}",
        ["ministry.achievement"] = "Rata-rata capaian",
        ["ministry.achievement.value"] = "{0:0.##} % ({1})",
        ["ministry.ratings"] = "Sebaran predikat",
        ["ministry.notrated"] = "Belum berpredikat",
        ["ministry.none"] = "—",
        ["ministry.empty"] = "Tidak ada pemerintah daerah yang cocok dengan pilihan ini.",
        ["ministry.note"] = "Kelengkapan: realisasi yang sudah diverifikasi dibanding yang jatuh tempo pada periode terakhir yang dievaluasi. Predikat: hasil evaluasi yang berlaku pada periode itu.",
        ["ministry.unreachable"] = "Layanan {0} tidak dapat dihubungi; angkanya tidak ditampilkan. Coba lagi sebentar lagi.",
        ["ministry.refused"] = "Layanan {0} menolak permintaan: {1}",
    };

    public IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["ministry.title"] = "National dashboard",
        ["ministry.intro"] = "Every regional government side by side: completeness of realisation reporting, distribution of achievement ratings, and agreements signed late. Choose a region to open its dashboard.",
        ["ministry.province"] = "Province",
        ["ministry.province.all"] = "All provinces",
        ["ministry.province.64"] = "East Kalimantan",
        ["ministry.year"] = "Year",
        ["ministry.year.invalid"] = "The year must be between 2000 and 2100; the current year is shown.",
        ["ministry.filter"] = "Show",
        ["ministry.region"] = "Regional government",
        ["ministry.agreements"] = "Agreements in force",
        ["ministry.late"] = "Signed late",
        ["ministry.completeness"] = "Reporting completeness",
        ["ministry.completeness.value"] = "{0} of {1} realisations ({2} %) for {3}",
        ["ministry.achievement"] = "Mean achievement",
        ["ministry.achievement.value"] = "{0:0.##} % ({1})",
        ["ministry.ratings"] = "Rating distribution",
        ["ministry.notrated"] = "Not rated",
        ["ministry.none"] = "—",
        ["ministry.empty"] = "No regional government matches this choice.",
        ["ministry.note"] = "Completeness: verified realisations against those due in the latest evaluated period. Ratings: the standing evaluations of that period.",
        ["ministry.unreachable"] = "The {0} service cannot be reached; its figures are not shown. Try again shortly.",
        ["ministry.refused"] = "The {0} service refused the request: {1}",
    };
}
