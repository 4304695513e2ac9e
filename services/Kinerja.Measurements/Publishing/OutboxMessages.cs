using Wire = Kinerja.Contracts.Measurements;

namespace Kinerja.Measurements.Publishing;

/// <summary>
/// The integration event for a domain event, completed with what only the plan knows: the Agreements service's own
/// agreement and indicator ids, so downstream services can match them to what they learned from Agreements.
/// </summary>
internal static class OutboxMessages
{
    public static object? For(IMeasurementEvent e, MeasurementPlan? plan)
    {
        var code = e is IRealisationEvent realisation ? plan?.Indicator(realisation.Key.IndicatorId)?.Code : null;
        var source = plan?.SourceId ?? plan?.AgreementId.ToString();
        return IntegrationEvents.For(e) switch
        {
            Wire.RealisationVerified verified => verified with { AgreementKey = source, IndicatorCode = code },
            Wire.RealisationCorrected corrected => corrected with { AgreementKey = source, IndicatorCode = code },
            Wire.RealisationReviewed reviewed => reviewed with { AgreementKey = source, IndicatorCode = code },
            var other => other,
        };
    }
}
