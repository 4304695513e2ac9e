using System.Diagnostics;
using System.Text;
using Kinerja.AppHost.Resources;
using Kinerja.ServiceDefaults.Messaging;
using RabbitMQ.Client;

namespace Kinerja.AppHost.Tests;

/// <summary>The launcher's scale-out options (ADR 0021, 0022): a RabbitMQ cluster on loopback, several instances.</summary>
public sealed class Rabbitmq_cluster
{
    [Fact]
    public async Task three_nodes_join_one_cluster_a_quorum_queue_keeps_its_message_when_a_node_is_killed_and_nothing_is_left_behind()
    {
        var root = TestRunFolder.Create("rabbit-cluster");
        try
        {
            var infrastructure = await LocalInfrastructure.StartAsync(new LocalInfrastructureOptions(root) { Durable = false, RabbitMqNodes = 3 }, (_, _) => { });
            await using (infrastructure)
            {
                infrastructure.RabbitMqNodes.Select(n => n.NodeName).ShouldBe(["rabbit1@localhost", "rabbit2@localhost", "rabbit3@localhost"]);
                infrastructure.RabbitMqNodes.Select(n => n.Port).Distinct().Count().ShouldBe(3);
                (await infrastructure.RabbitMqNodes[2].RunningClusterNodesAsync()).Order()
                    .ShouldBe(["rabbit1@localhost", "rabbit2@localhost", "rabbit3@localhost"]);

                // The services' connection string names every node.
                var broker = RabbitMqAddress.Parse(infrastructure.ConnectionStrings["rabbitmq"]);
                broker.IsCluster.ShouldBeTrue();
                broker.Nodes.Select(n => (int)n.Port).ShouldBe(infrastructure.RabbitMqNodes.Select(n => n.Port));
                (broker.User, broker.VirtualHost).ShouldBe(("kinerja", "kinerja"));

                // A quorum queue declared and filled through node 1 (confirmed) ...
                var queue = $"cluster-test-{Guid.NewGuid():N}";
                await using (var connection = await Connect(broker, 0))
                await using (var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true)))
                {
                    await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
                        arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" });
                    await channel.BasicPublishAsync("", queue, mandatory: true, new BasicProperties { MessageId = "m1", Persistent = true }, Encoding.UTF8.GetBytes("kept"));
                }
                // ... is still there, read through node 3, after node 1 was killed with -9.
                await infrastructure.RabbitMqNodes[0].KillAsync();
                var message = await Eventually.Until(async () =>
                {
                    try
                    {
                        await using var connection = await Connect(broker, 2);
                        await using var channel = await connection.CreateChannelAsync();
                        return await channel.BasicGetAsync(queue, autoAck: true);
                    }
                    catch (Exception e) when (e is RabbitMQ.Client.Exceptions.OperationInterruptedException or RabbitMQ.Client.Exceptions.BrokerUnreachableException)
                    {
                        return null; // the queue's leader is being re-elected
                    }
                }, m => m is not null, TimeSpan.FromMinutes(1), "the message from a surviving node");
                message!.BasicProperties.MessageId.ShouldBe("m1");
                Encoding.UTF8.GetString(message.Body.Span).ShouldBe("kept");
                (await infrastructure.RabbitMqNodes[1].RunningClusterNodesAsync()).Order().ShouldBe(["rabbit2@localhost", "rabbit3@localhost"]);
            }
            var leftovers = await Eventually.Until(() => Task.FromResult(LiveProcesses.Matching(root)), l => l.Count == 0,
                TimeSpan.FromSeconds(30), "no process left");
            leftovers.ShouldBeEmpty();
        }
        finally
        {
            TestRunFolder.DeleteUnlessKept(root);
        }
    }

    private static async Task<IConnection> Connect(RabbitMqAddress broker, int node) =>
        await new ConnectionFactory
        {
            HostName = broker.Nodes[node].Host, Port = broker.Nodes[node].Port,
            UserName = broker.User, Password = broker.Password, VirtualHost = broker.VirtualHost,
        }.CreateConnectionAsync();

    [Theory]
    [InlineData("amqp://u:p@127.0.0.1:5672/v", 1)]
    [InlineData("amqp://u:p%40x@127.0.0.1:1001,127.0.0.1:1002,localhost:1003/v%2Fw", 3)]
    public void a_connection_string_names_one_node_or_every_node_of_a_cluster(string connectionString, int nodes)
    {
        var broker = RabbitMqAddress.Parse(connectionString);
        broker.Nodes.Count.ShouldBe(nodes);
        broker.IsCluster.ShouldBe(nodes > 1);
        broker.User.ShouldBe("u");
        broker.Password.ShouldBe(nodes == 1 ? "p" : "p@x");
        broker.VirtualHost.ShouldBe(nodes == 1 ? "v" : "v/w");
        (broker.Host, (int)broker.Port).ShouldBe(("127.0.0.1", nodes == 1 ? 5672 : 1001));
        broker.ToString().ShouldNotContain("p@x");
    }

    [Theory]
    [InlineData("--instances", "0", "--instances takes a whole number from 1 to 4, not '0'.")]
    [InlineData("--rabbitmq-nodes", "three", "--rabbitmq-nodes takes a whole number from 1 to 7, not 'three'.")]
    public async Task a_bad_count_of_nodes_or_instances_is_refused_in_words_and_starts_nothing(string option, string value, string message)
    {
        var appHost = Path.Combine(TestRunFolder.RepositoryRoot, "Kinerja.AppHost", "bin", "Debug", "net10.0", "Kinerja.AppHost.dll");
        var data = TestRunFolder.Create("bad-count");
        try
        {
            var info = new ProcessStartInfo("dotnet") { ArgumentList = { appHost, "run", "--data", data, "--free-ports", option, value }, RedirectStandardError = true, RedirectStandardOutput = true };
            using var process = Process.Start(info)!;
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.ShouldBe(2);
            error.ShouldContain(message);
            error.ShouldContain("--rabbitmq-nodes N"); // the usage follows
            Directory.Exists(Path.Combine(data, "postgres")).ShouldBeFalse();
        }
        finally
        {
            TestRunFolder.DeleteUnlessKept(data);
        }
    }
}
