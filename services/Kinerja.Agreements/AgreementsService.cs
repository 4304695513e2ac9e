namespace Kinerja.Agreements;

/// <summary>Names this service's assembly for the test host (<c>WebApplicationFactory&lt;AgreementsService&gt;</c>).</summary>
public sealed class AgreementsService;
