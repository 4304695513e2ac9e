namespace Kinerja.Web;

/// <summary>Names this service's assembly for the test host (<c>WebApplicationFactory&lt;WebService&gt;</c>).</summary>
public sealed class WebService;
