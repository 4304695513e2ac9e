namespace Kinerja.Evaluations;

/// <summary>Names this service's assembly for the test host (<c>WebApplicationFactory&lt;EvaluationsService&gt;</c>).</summary>
public sealed class EvaluationsService;
