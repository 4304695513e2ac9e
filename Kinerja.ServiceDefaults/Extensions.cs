using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Health;
using Kinerja.ServiceDefaults.Problems;
using Kinerja.ServiceDefaults.Resilience;
using Kinerja.ServiceDefaults.Telemetry;

namespace Kinerja.ServiceDefaults;

/// <summary>What every Kinerja service shares, in the shape of .NET Aspire's ServiceDefaults.</summary>
public static class Extensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddKinerjaTelemetry();
        builder.AddDefaultHealthChecks();
        builder.AddKinerjaProblemDetails();
        builder.AddKinerjaAuthentication();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton<Operations.BrokerQueues>();
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilience());
        return builder;
    }

    /// <summary>
    /// Call right after <c>Build()</c>: error handling, authentication, then the health, liveness,
    /// OpenAPI and caller-identity endpoints.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthEndpoints();
        app.MapOpenApi().AllowAnonymous();
        app.MapCallerEndpoint();
        return app;
    }
}
