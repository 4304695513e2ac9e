using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kinerja.Testing;

/// <summary>
/// One service in the test host, wired like the AppHost wires it: its own database on the fixture's
/// PostgreSQL, the fixture's RabbitMQ, and the test run's signing key.
/// </summary>
public class ServiceFactory<TProgram>(string serviceName, string databaseConnectionString, string rabbitMqConnectionString)
    : WebApplicationFactory<TProgram> where TProgram : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{serviceName}", databaseConnectionString);
        builder.UseSetting("ConnectionStrings:rabbitmq", rabbitMqConnectionString);
        builder.UseSetting("Auth:SigningKey", TestTokens.SigningKey);
        builder.UseSetting("OTEL_SERVICE_NAME", serviceName);
    }
}
