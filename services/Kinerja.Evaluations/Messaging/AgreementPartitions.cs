using Kinerja.Evaluations.Learning;

namespace Kinerja.Evaluations.Messaging;

/// <summary>The agreement a realisation message is about, as the consumers load it: the key of the per-agreement partitioner (ADR 0025).</summary>
internal static class AgreementPartitions
{
    public static string Of(RealisationVerified m) => UpstreamKeys.Of(m.AgreementKey, m.AgreementId, m.IndicatorCode, m.IndicatorId).Agreement;

    public static string Of(RealisationCorrected m) => UpstreamKeys.Of(m.AgreementKey, m.AgreementId, m.IndicatorCode, m.IndicatorId).Agreement;
}
