namespace Kinerja.Measurements.Realisations;

/// <summary>Names one realisation: an indicator of an agreement in one period. Each has its own event stream.</summary>
internal readonly record struct RealisationKey(AgreementId AgreementId, IndicatorId IndicatorId, Period Period)
{
    public string StreamId => $"realisation-{AgreementId}-{IndicatorId}-{Period}";
}
