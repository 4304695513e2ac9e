namespace Kinerja.Web.Status;

/// <summary>Where the back-end services live: Aspire's <c>services__{name}__http__0</c> variables.</summary>
internal static class ServiceEndpoints
{
    public static readonly IReadOnlyList<string> Names = ["agreements", "measurements", "evaluations", "sanctionreward"];

    public static Uri Resolve(IConfiguration configuration, string name) =>
        new(configuration[$"services:{name}:http:0"] ?? $"http://127.0.0.1:{5101 + Names.ToList().IndexOf(name)}");
}
