using Kinerja.AppHost.Resources;
using Kinerja.ServiceDefaults.Messaging;
using Npgsql;
using RabbitMQ.Client;

namespace Kinerja.Reliability.Tests;

/// <summary>
/// The whole system scaled out (issue #9 point 6, ADR 0021/0022): PostgreSQL, a 3-node RabbitMQ cluster on loopback
/// (rabbit1..3@localhost, quorum queues) and two instances of every service, started by the AppHost's own code.
/// <see cref="Url"/> answers with an instance that is alive, so /ops and the workload reach the survivor of a kill.
/// </summary>
public sealed class ClusterSystem() : KinerjaSystem(rabbitMqNodes: 3, instances: 2)
{
    private static readonly HttpClient Health = new() { Timeout = TimeSpan.FromSeconds(3) };

    public IReadOnlyList<RabbitMqNode> Nodes => Infrastructure.Infrastructure.RabbitMqNodes;

    /// <summary>Every node of the cluster, as the services receive it.</summary>
    public string ClusterConnection => Infrastructure.Infrastructure.RabbitMqConnectionString;

    public static string Instance(string service, int instance) => instance == 1 ? service : $"{service}-{instance}";

    public override string Url(string service)
    {
        foreach (var name in new[] { Instance(service, 1), Instance(service, 2) })
        {
            try
            {
                using var response = Health.GetAsync($"{AppHost.Url(name)}/health").GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode)
                {
                    return AppHost.Url(name);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // That instance is down: try the next.
            }
        }
        return AppHost.Url(service);
    }

    /// <summary>The live process of one instance (<c>KINERJA_INSTANCE</c> in its environment), null while it is down.</summary>
    public int? InstancePid(string instanceName)
    {
        foreach (var live in AppHost.LiveProcesses())
        {
            var pid = int.Parse(live.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture);
            try
            {
                if (File.ReadAllText($"/proc/{pid}/environ").Contains($"KINERJA_INSTANCE={instanceName}\0", StringComparison.Ordinal))
                {
                    return pid;
                }
            }
            catch (IOException)
            {
                // Ended while we looked.
            }
        }
        return null;
    }

    /// <summary>
    /// Who holds each leader lock of a service's store right now (ADR 0004: <c>pg_try_advisory_lock(hashtextextended(
    /// 'kinerja-event-store:' || name, 0))</c>), by the holder's <c>application_name</c> — the AppHost names each
    /// instance's connections after it, and by the backend's pid (a restarted instance has the same name, not the same session).
    /// A lock nobody holds is missing; a lock held twice would show twice.
    /// </summary>
    public async Task<List<(string Lock, string Holder, int Backend)>> LeadersAsync(string service, IReadOnlyList<string> locks)
    {
        await using var connection = Database(service);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT n.name, a.application_name, l.pid
            FROM unnest($1::text[]) AS n(name)
            JOIN pg_locks l ON l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND l.classid::bigint = ((hashtextextended('kinerja-event-store:' || n.name, 0) >> 32) & 4294967295)
              AND l.objid::bigint = (hashtextextended('kinerja-event-store:' || n.name, 0) & 4294967295)
            JOIN pg_stat_activity a ON a.pid = l.pid
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = locks.ToArray() });
        var holders = new List<(string, string, int)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            holders.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        }
        return holders;
    }

    /// <summary>The leader locks of a service: the outbox relay's and one per async projection (named in /ops/status).</summary>
    public async Task<IReadOnlyList<string>> LocksAsync(string service)
    {
        var status = await OpsStatusAsync(service);
        return ["outbox", .. status.GetProperty("store").GetProperty("projections").EnumerateArray().Select(p => "projection:" + p.GetProperty("name").GetString())];
    }

    /// <summary>An AMQP connection to whichever node of the cluster answers first.</summary>
    public async Task<IConnection> ConnectAsync()
    {
        var broker = RabbitMqAddress.Parse(ClusterConnection);
        var factory = new ConnectionFactory { UserName = broker.User, Password = broker.Password, VirtualHost = broker.VirtualHost };
        return await factory.CreateConnectionAsync(broker.Nodes.Select(n => new AmqpTcpEndpoint(n.Host, n.Port)).ToList());
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterSystem>
{
    public const string Name = "the whole system scaled out";
}

/// <summary>
/// A test subscriber that survives the loss of a node: a quorum queue bound to one exchange, read at the end over a
/// connection to any live node.
/// </summary>
public sealed class QuorumProbe(ClusterSystem system, string queue)
{
    public static async Task<QuorumProbe> BindAsync(ClusterSystem system, string exchange)
    {
        var probe = new QuorumProbe(system, $"reliability-cluster-probe-{Guid.NewGuid():N}");
        await using var connection = await system.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        await channel.QueueDeclareAsync(queue: probe.Queue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" });
        await channel.QueueBindAsync(probe.Queue, exchange, "");
        return probe;
    }

    public string Queue => queue;

    /// <summary>Every message id that arrived (duplicates kept), and deletes the queue.</summary>
    public async Task<IReadOnlyList<string>> DrainAsync()
    {
        await using var connection = await system.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        var ids = new List<string>();
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } got)
        {
            ids.Add(got.BasicProperties.MessageId ?? ProbedMessage.From("", got.Body.ToArray()).MessageId ?? "");
        }
        await channel.QueueDeleteAsync(queue);
        return ids;
    }
}
