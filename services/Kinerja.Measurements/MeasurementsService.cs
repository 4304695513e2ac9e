namespace Kinerja.Measurements;

/// <summary>Names this service's assembly for the test host (<c>WebApplicationFactory&lt;MeasurementsService&gt;</c>).</summary>
public sealed class MeasurementsService;
