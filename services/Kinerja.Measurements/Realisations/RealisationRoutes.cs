namespace Kinerja.Measurements.Realisations;

/// <summary>Routes of one realisation, under <c>/api/measurements</c>.</summary>
internal static class RealisationRoutes
{
    public const string Realisation = "/realisations/{agreementId}/{indicatorId}/{period}";
}
