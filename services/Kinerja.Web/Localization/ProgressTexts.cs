namespace Kinerja.Web.Localization;

/// <summary>Texts of long operations in progress (wwwroot/progress.js, ADR 0017): files being prepared, forms being sent.</summary>
internal sealed class ProgressTexts : ITextSection
{
    public IReadOnlyDictionary<string, string> Indonesian { get; } = new Dictionary<string, string>
    {
        ["progress.preparing"] = "Menyiapkan berkas…",
        ["progress.ready"] = "Berkas siap diunduh.",
        ["progress.failed"] = "Gagal:",
        ["progress.unsent"] = "Tidak terkirim, silakan coba lagi:",
        ["progress.pdf"] = "Unduh PDF",
    };

    public IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["progress.preparing"] = "Preparing the file…",
        ["progress.ready"] = "The file is ready.",
        ["progress.failed"] = "Failed:",
        ["progress.unsent"] = "Not sent, please try again:",
        ["progress.pdf"] = "Download PDF",
    };
}
