using Npgsql;

namespace Kinerja.AppHost.Tests;

/// <summary><c>--external</c>: the AppHost uses an existing PostgreSQL and RabbitMQ and starts only the services.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class Running_against_existing_servers(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task external_mode_starts_only_the_services_creates_their_databases_and_every_one_is_healthy()
    {
        var server = new NpgsqlConnectionStringBuilder(infrastructure.Postgres.ConnectionString("postgres")) { Database = null }.ConnectionString;

        await using var system = await AppHostProcess.StartAsync(null, "--external", "--postgres", server, "--rabbitmq", infrastructure.RabbitMqConnectionString);

        using var http = new HttpClient();
        foreach (var service in system.Services.Values)
        {
            (await http.GetAsync($"{service.Url}/health")).IsSuccessStatusCode.ShouldBeTrue(service.Name);
        }
        system.Output.ShouldContain("external mode");
        system.LiveProcesses().ShouldNotContain(p => p.Contains("postgres -D", StringComparison.Ordinal) || p.Contains("beam.smp", StringComparison.Ordinal));
        system.LiveProcesses().Count.ShouldBe(6, "the launcher and the five services, nothing else");
        await using var connection = new NpgsqlConnection(infrastructure.Postgres.ConnectionString("kinerja_agreements"));
        await connection.OpenAsync();
    }
}
