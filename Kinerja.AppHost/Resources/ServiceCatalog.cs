namespace Kinerja.AppHost.Resources;

/// <summary>What the system is made of: each service, its project, its database and what it waits for.</summary>
public static class ServiceCatalog
{
    public static readonly IReadOnlyList<ServiceDefinition> Services =
    [
        // Consumers start before the services whose events they consume: a message published to an exchange that
        // no queue is bound to yet is dropped by RabbitMQ, and the demo seed publishes at start-up.
        new("agreements", "services/Kinerja.Agreements", "kinerja_agreements", 5101, ["measurements", "evaluations"]),
        new("measurements", "services/Kinerja.Measurements", "kinerja_measurements", 5102, ["evaluations"]),
        new("evaluations", "services/Kinerja.Evaluations", "kinerja_evaluations", 5103, ["sanctionreward"]),
        new("sanctionreward", "services/Kinerja.SanctionReward", "kinerja_sanctionreward", 5104, []),
        new("web", "services/Kinerja.Web", null, 5100, ["agreements", "measurements", "evaluations", "sanctionreward"]),
    ];

    public static IEnumerable<string> Databases => Services.Where(s => s.Database is not null).Select(s => s.Database!);
}

/// <param name="Name">Aspire resource name: <c>ConnectionStrings__{Name}</c>, <c>services__{Name}__http__0</c>.</param>
/// <param name="ProjectDirectory">Relative to the repository root.</param>
/// <param name="Database">The service's own database, or null for the front end.</param>
/// <param name="DefaultPort">The port of a local run; test runs take free ports.</param>
/// <param name="DependsOn">Services that must be healthy before this one starts.</param>
public sealed record ServiceDefinition(string Name, string ProjectDirectory, string? Database, int DefaultPort, IReadOnlyList<string> DependsOn)
{
    public string AssemblyName => Path.GetFileName(ProjectDirectory);
}
