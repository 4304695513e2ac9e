using MassTransit;

namespace Kinerja.EventStore.Bench;

/// <summary>A realisation-sized event: about 500 bytes of JSON.</summary>
public sealed record RealisationRecorded(string AgreementId, string Indicator, int Period, decimal Target, decimal Realisation, string Evidence, string Note);

[MessageUrn("kinerja:bench:realisation-recorded:v1")]
public sealed record RealisationRecordedMessage(string AgreementId, int Period, decimal Realisation);

internal static class Payload
{
    private static readonly string Note = string.Concat(Enumerable.Repeat("Realisasi triwulan sesuai bukti dukung terlampir. ", 6));

    public static RealisationRecorded Event(int i) =>
        new($"agreement-{i % 1000:D4}", $"IKU-{i % 17}", i % 4 + 1, 80.5m + i % 10, 75.25m + i % 13,
            $"https://evidence.kinerja.go.id/64.02/{i:D9}.pdf", Note);

    public static readonly EventMetadata Metadata = new("64.02", "operator@64.02", "realisation entry", "0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331");
}
