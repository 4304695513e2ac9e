namespace Kinerja.Web.Localization;

/// <summary>Texts of the error page (<c>/galat</c>): what went wrong, in words.</summary>
internal sealed class ErrorTexts : ITextSection
{
    public IReadOnlyDictionary<string, string> Indonesian { get; } = new Dictionary<string, string>
    {
        ["errors.bad.title"] = "Permintaan tidak dapat diproses",
        ["errors.bad.text"] = "Alamat atau formulir yang dikirim tidak sah. Bila halaman ini sudah lama terbuka atau sistem baru dimulai ulang, muat ulang halamannya lalu coba lagi.",
        ["errors.toolarge.text"] = "Berkas yang dikirim terlalu besar.",
        ["errors.query.text"] = "Nilai '{0}' untuk {1} pada alamat ini tidak dapat dibaca. Periksa alamatnya, atau buka halaman dari menu lalu pilih lagi.",
        ["errors.other.text"] = "Permintaan ini tidak dapat dilayani. Kembali ke halaman sebelumnya lalu coba lagi.",
        ["errors.server.title"] = "Terjadi kesalahan",
        ["errors.server.text"] = "Maaf, permintaan ini tidak dapat diselesaikan karena kesalahan di server. Silakan coba lagi; bila terulang, sampaikan kode di bawah kepada admin.",
        ["errors.trace"] = "Kode pelacakan: {0}",
        ["errors.home"] = "Kembali ke dasbor",
    };

    public IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["errors.bad.title"] = "The request cannot be processed",
        ["errors.bad.text"] = "The address or the form sent is not valid. If this page was open for a long time or the system was restarted, reload the page and try again.",
        ["errors.toolarge.text"] = "The file sent is too large.",
        ["errors.query.text"] = "The value '{0}' for {1} in this address cannot be read. Check the address, or open the page from the menu and choose again.",
        ["errors.other.text"] = "This request cannot be served. Go back to the previous page and try again.",
        ["errors.server.title"] = "Something went wrong",
        ["errors.server.text"] = "Sorry, this request could not be completed because of an error on the server. Please try again; if it happens again, give the code below to an admin.",
        ["errors.trace"] = "Trace code: {0}",
        ["errors.home"] = "Back to the dashboard",
    };
}
