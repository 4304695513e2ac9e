using Kinerja.Evaluations.Evaluating;

namespace Kinerja.Evaluations.Learning;

/// <summary>
/// Measurements names an agreement and indicator twice: as the Agreements service wrote them (<c>AgreementKey</c>,
/// <c>IndicatorCode</c>, e.g. <c>6402-2026-dinkes</c>, <c>IK-1</c>) and as GUIDs. This service keys agreements by the
/// Agreements service's id and derives indicator GUIDs from it (<see cref="EngineInput.IdOf"/>), so the written form wins.
/// </summary>
internal static class UpstreamKeys
{
    public static (string Agreement, Guid Indicator) Of(string? agreementKey, Guid agreementId, string? indicatorCode, Guid indicatorId)
    {
        var agreement = agreementKey ?? agreementId.ToString();
        return (agreement, indicatorCode is null ? indicatorId : EngineInput.IdOf(indicatorCode, agreement));
    }
}
