using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Kinerja.ServiceDefaults.Health;

public static class HealthExtensions
{
    private const string Live = "live";

    /// <summary>
    /// <c>/alive</c>: the process answers. <c>/health</c>: it can do its work — every PostgreSQL
    /// connection string it was given answers, and the message bus (MassTransit's own check) is connected.
    /// </summary>
    public static IHostApplicationBuilder AddDefaultHealthChecks(this IHostApplicationBuilder builder)
    {
        var checks = builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [Live]);
        foreach (var connection in builder.Configuration.GetSection("ConnectionStrings").GetChildren())
        {
            if (connection.Value is { } value && PostgresHealthCheck.LooksLikePostgres(value))
            {
                checks.AddTypeActivatedCheck<PostgresHealthCheck>($"postgres-{connection.Key}", HealthStatus.Unhealthy, ["ready"], value);
            }
        }
        return builder;
    }

    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync }).AllowAnonymous();
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Live) }).AllowAnonymous();
        return app;
    }
}
