using Kinerja.AppHost.Resources;
using Npgsql;
using RabbitMQ.Client;

namespace Kinerja.AppHost.Tests;

/// <summary>The start-up code the AppHost and every test fixture share.</summary>
public sealed class Local_infrastructure
{
    [Fact]
    public async Task starts_postgres_and_rabbitmq_with_every_service_database_and_leaves_nothing_when_disposed()
    {
        var root = TestRunFolder.Create("local-infra");
        try
        {
            var infrastructure = await LocalInfrastructure.StartAsync(new LocalInfrastructureOptions(root) { Durable = false }, (_, _) => { });
            await using (infrastructure)
            {
                foreach (var database in ServiceCatalog.Databases)
                {
                    await using var connection = new NpgsqlConnection(infrastructure.Postgres.ConnectionString(database));
                    await connection.OpenAsync();
                    connection.Database.ShouldBe(database);
                }
                var factory = new ConnectionFactory { Uri = new Uri(infrastructure.RabbitMq.ConnectionString) };
                await using var amqp = await factory.CreateConnectionAsync();
                amqp.IsOpen.ShouldBeTrue();
                LiveProcesses.Matching(root).ShouldNotBeEmpty();
            }
            var leftovers = await Eventually.Until(() => Task.FromResult(LiveProcesses.Matching(root)), l => l.Count == 0,
                TimeSpan.FromSeconds(10), "no process left");
            leftovers.ShouldBeEmpty();
        }
        finally
        {
            TestRunFolder.DeleteUnlessKept(root);
        }
    }

    [Fact]
    public async Task a_start_cancelled_while_the_servers_boot_leaves_no_process_behind()
    {
        var root = TestRunFolder.Create("cancelled-start");
        try
        {
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await Should.ThrowAsync<OperationCanceledException>(() =>
                LocalInfrastructure.StartAsync(new LocalInfrastructureOptions(root) { Durable = false }, (_, _) => { }, cancel.Token));

            var leftovers = await Eventually.Until(() => Task.FromResult(LiveProcesses.Matching(root)), l => l.Count == 0,
                TimeSpan.FromSeconds(15), "no process left");
            leftovers.ShouldBeEmpty();
        }
        finally
        {
            TestRunFolder.DeleteUnlessKept(root);
        }
    }
}
