namespace Kinerja.Web.Localization;

/// <summary>The system status page's operational figures (outbox, projections, error queues).</summary>
internal sealed class StatusTexts : ITextSection
{
    public IReadOnlyDictionary<string, string> Indonesian { get; } = new Dictionary<string, string>
    {
        ["status.ops.intro"] = "Antrean kotak keluar (pesan yang belum dikirim), ketertinggalan proyeksi, dan pesan yang gagal diproses di antrean galat setiap layanan.",
        ["status.ops.outbox"] = "Kotak keluar",
        ["status.ops.oldest"] = "tertua {0} dtk",
        ["status.ops.lag"] = "Ketertinggalan proyeksi",
        ["status.ops.behind"] = "{0} peristiwa",
        ["status.ops.errors"] = "Antrean galat",
        ["status.ops.noqueues"] = "tidak ada antrean",
        ["status.ops.unknown"] = "tidak diketahui",
    };

    public IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["status.ops.intro"] = "Each service's outbox backlog (messages not yet sent), projection lag, and messages that failed and wait in an error queue.",
        ["status.ops.outbox"] = "Outbox",
        ["status.ops.oldest"] = "oldest {0} s",
        ["status.ops.lag"] = "Projection lag",
        ["status.ops.behind"] = "{0} events",
        ["status.ops.errors"] = "Error queues",
        ["status.ops.noqueues"] = "no queues",
        ["status.ops.unknown"] = "unknown",
    };
}
