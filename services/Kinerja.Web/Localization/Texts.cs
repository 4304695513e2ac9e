using System.Collections.Frozen;

namespace Kinerja.Web.Localization;

/// <summary>
/// The interface speaks Indonesian by default (glossary terms of DOMAIN.md) with an English switch,
/// kept in the <c>kinerja-lang</c> cookie.
/// </summary>
internal sealed class Texts(IHttpContextAccessor http)
{
    public const string Cookie = "kinerja-lang";

    public string Language { get; } = http.HttpContext?.Request.Cookies[Cookie] == "en" ? "en" : "id";

    public string this[string key] => (Language == "en" ? English : Indonesian).TryGetValue(key, out var text) ? text : key;

    /// <summary>Formats a text with arguments, e.g. <c>T.Format("realisations.missing", count)</c>.</summary>
    public string Format(string key, params object?[] args) =>
        string.Format(Language == "en" ? System.Globalization.CultureInfo.GetCultureInfo("en-GB") : System.Globalization.CultureInfo.GetCultureInfo("id-ID"), this[key], args);

    private static FrozenDictionary<string, string> Indonesian => IndonesianTable.Value;
    private static FrozenDictionary<string, string> English => EnglishTable.Value;

    /// <summary>
    /// Each area of the front end keeps its texts in its own <see cref="ITextSection"/> (one file per area), found here
    /// by reflection; a key defined twice is a start-up error rather than a silent override.
    /// </summary>
    private static FrozenDictionary<string, string> Merge(Dictionary<string, string> core, Func<ITextSection, IReadOnlyDictionary<string, string>> pick)
    {
        var all = new Dictionary<string, string>(core);
        var sections = typeof(Texts).Assembly.GetTypes()
            .Where(t => typeof(ITextSection).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (ITextSection)Activator.CreateInstance(t)!);
        foreach (var section in sections)
        {
            foreach (var (key, text) in pick(section))
            {
                if (!all.TryAdd(key, text))
                {
                    throw new InvalidOperationException($"The text key '{key}' is defined twice ({section.GetType().Name}).");
                }
            }
        }
        return all.ToFrozenDictionary();
    }

    private static readonly Dictionary<string, string> CoreIndonesian = new()
    {
        ["app.title"] = "Kinerja — Perjanjian Kinerja",
        ["app.tagline"] = "Sistem Akuntabilitas Kinerja Instansi Pemerintah",
        ["nav.dashboard"] = "Dasbor",
        ["nav.status"] = "Status sistem",
        ["nav.ministry"] = "Nasional",
        ["nav.agreements"] = "Perjanjian Kinerja",
        ["nav.realisations"] = "Realisasi",
        ["nav.verification"] = "Verifikasi",
        ["nav.evaluations"] = "Evaluasi",
        ["nav.decisions"] = "Penghargaan & sanksi",
        ["nav.audit"] = "Audit",
        ["nav.signout"] = "Keluar",
        ["nav.language"] = "English",
        ["region"] = "Wilayah",
        ["region.switch"] = "Ganti wilayah",
        ["region.all"] = "Semua wilayah",
        ["signin.title"] = "Masuk",
        ["signin.intro"] = "Pilih pengguna demo untuk masuk. Di lingkungan produksi, halaman ini meneruskan ke penyedia identitas (OIDC) instansi Anda.",
        ["signin.as"] = "Masuk sebagai",
        ["signin.unknown"] = "Pengguna itu tidak dikenal. Pilih salah satu pengguna demo di bawah.",
        ["signin.disabled"] = "Masuk dengan pengguna demo tidak aktif di lingkungan ini: kunci penandatanganan lokal tidak diatur.",
        ["role"] = "Peran",
        ["role.operator"] = "Operator daerah",
        ["role.verifier"] = "Verifikator (atasan)",
        ["role.reviewer"] = "Reviu Inspektorat",
        ["role.ministry"] = "Operator kementerian",
        ["role.auditor"] = "Auditor",
        ["role.hr-subscriber"] = "Sistem kepegawaian",
        ["role.admin"] = "Administrator",
        ["dashboard.title"] = "Dasbor",
        ["dashboard.welcome"] = "Selamat datang",
        ["dashboard.scope"] = "Anda bekerja di wilayah",
        ["dashboard.services"] = "Layanan",
        ["status.title"] = "Status sistem",
        ["status.intro"] = "Kesehatan setiap layanan: basis data dan perantara pesan yang dapat dijangkau.",
        ["status.service"] = "Layanan",
        ["status.address"] = "Alamat",
        ["status.state"] = "Status",
        ["status.checks"] = "Pemeriksaan",
        ["status.Healthy"] = "Sehat",
        ["status.Degraded"] = "Menurun",
        ["status.Unhealthy"] = "Tidak sehat",
        ["status.Unreachable"] = "Tidak dapat dihubungi",
        ["denied.title"] = "Akses ditolak",
        ["denied.text"] = "Peran atau wilayah Anda tidak mengizinkan halaman ini.",
        ["notfound.title"] = "Halaman tidak ditemukan",
        ["notfound.text"] = "Alamat itu tidak ada. Kembali ke dasbor.",
        ["print"] = "Cetak",
    };

    private static readonly Dictionary<string, string> CoreEnglish = new()
    {
        ["app.title"] = "Kinerja — Performance Agreements",
        ["app.tagline"] = "Government Agencies' Performance Accountability System (SAKIP)",
        ["nav.dashboard"] = "Dashboard",
        ["nav.status"] = "System status",
        ["nav.ministry"] = "National",
        ["nav.agreements"] = "Performance agreements",
        ["nav.realisations"] = "Realisations",
        ["nav.verification"] = "Verification",
        ["nav.evaluations"] = "Evaluations",
        ["nav.decisions"] = "Rewards & sanctions",
        ["nav.audit"] = "Audit",
        ["nav.signout"] = "Sign out",
        ["nav.language"] = "Bahasa Indonesia",
        ["region"] = "Region",
        ["region.switch"] = "Switch region",
        ["region.all"] = "All regions",
        ["signin.title"] = "Sign in",
        ["signin.intro"] = "Choose a demo user to sign in. In production this page hands over to your agency's identity provider (OIDC).",
        ["signin.as"] = "Sign in as",
        ["signin.unknown"] = "That user is not known. Choose one of the demo users below.",
        ["signin.disabled"] = "Demo sign-in is off here: no local signing key is configured.",
        ["role"] = "Role",
        ["role.operator"] = "Regional operator",
        ["role.verifier"] = "Verifier (superior)",
        ["role.reviewer"] = "Inspectorate review",
        ["role.ministry"] = "Ministry operator",
        ["role.auditor"] = "Auditor",
        ["role.hr-subscriber"] = "HR system",
        ["role.admin"] = "Administrator",
        ["dashboard.title"] = "Dashboard",
        ["dashboard.welcome"] = "Welcome",
        ["dashboard.scope"] = "You work in region",
        ["dashboard.services"] = "Services",
        ["status.title"] = "System status",
        ["status.intro"] = "Each service's health: whether its database and the message broker answer.",
        ["status.service"] = "Service",
        ["status.address"] = "Address",
        ["status.state"] = "Status",
        ["status.checks"] = "Checks",
        ["status.Healthy"] = "Healthy",
        ["status.Degraded"] = "Degraded",
        ["status.Unhealthy"] = "Unhealthy",
        ["status.Unreachable"] = "Unreachable",
        ["denied.title"] = "Access denied",
        ["denied.text"] = "Your role or region does not allow this page.",
        ["notfound.title"] = "Page not found",
        ["notfound.text"] = "That address does not exist. Back to the dashboard.",
        ["print"] = "Print",
    };

    // Declared after the core tables: static fields initialise in the order written.
    private static readonly Lazy<FrozenDictionary<string, string>> IndonesianTable = new(() => Merge(CoreIndonesian, section => section.Indonesian));
    private static readonly Lazy<FrozenDictionary<string, string>> EnglishTable = new(() => Merge(CoreEnglish, section => section.English));

    /// <summary>Both tables must name the same keys; the tests check it.</summary>
    internal static IEnumerable<string> MissingTranslations() =>
        Indonesian.Keys.Except(English.Keys).Concat(English.Keys.Except(Indonesian.Keys));
}

/// <summary>The texts of one area of the front end, in both languages (same keys in both; the tests check it).</summary>
internal interface ITextSection
{
    IReadOnlyDictionary<string, string> Indonesian { get; }
    IReadOnlyDictionary<string, string> English { get; }
}
