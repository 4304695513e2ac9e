using System.Globalization;

namespace Kinerja.AppHost.Resources;

/// <summary>
/// Several RabbitMQ nodes on loopback joined into one cluster (ADR 0021): <c>rabbit1@localhost</c>,
/// <c>rabbit2@localhost</c>, … each with its own AMQP and distribution port and folder, one shared Erlang cookie and
/// one epmd. They boot in parallel; then every node but the first joins the first with <c>rabbitmqctl join_cluster</c>.
/// </summary>
public static class RabbitMqCluster
{
    public static async Task<IReadOnlyList<RabbitMqNode>> StartAsync(
        string root, int nodes, int? firstPort, int epmdPort, Action<string, string> log, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodes, 1);
        if (nodes == 1)
        {
            return [await RabbitMqNode.StartAsync(new RabbitMqOptions(Path.Combine(root, "rabbitmq"), firstPort ?? FreePort.Next(), FreePort.Next(), epmdPort), log, cancellationToken)];
        }
        var cookieFile = Path.Combine(root, "rabbitmq-cluster.cookie");
        if (!File.Exists(cookieFile))
        {
            Directory.CreateDirectory(root);
            await File.WriteAllTextAsync(cookieFile, Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20)), cancellationToken);
        }
        var cookie = (await File.ReadAllTextAsync(cookieFile, cancellationToken)).Trim();
        var starts = Enumerable.Range(1, nodes).Select(n => RabbitMqNode.StartAsync(
            new RabbitMqOptions(Path.Combine(root, $"rabbitmq{n}"), firstPort is { } port ? port + n - 1 : FreePort.Next(), FreePort.Next(), epmdPort)
            {
                NodeName = $"rabbit{n}@localhost",
                Cookie = cookie,
                // The first node stops the shared epmd, and is stopped last.
                OwnsEpmd = n == 1,
            }, log, cancellationToken)).ToList();
        try
        {
            await Task.WhenAll(starts);
            var members = starts.Select(s => s.Result).ToList();
            foreach (var member in members.Skip(1))
            {
                await member.JoinClusterAsync(members[0], cancellationToken);
                log("rabbitmq", $"{member.NodeName} joined {members[0].NodeName}");
            }
            return members;
        }
        catch
        {
            await StopAsync(starts.Where(s => s.IsCompletedSuccessfully).Select(s => s.Result).ToList());
            throw;
        }
    }

    /// <summary>
    /// <c>amqp://user:password@127.0.0.1:p1,127.0.0.1:p2,…/vhost</c>: every node of the cluster, which
    /// <c>Kinerja.ServiceDefaults</c> turns into MassTransit's cluster node list (one node: the node's own string).
    /// </summary>
    public static string ConnectionString(IReadOnlyList<RabbitMqNode> nodes)
    {
        if (nodes.Count == 1)
        {
            return nodes[0].ConnectionString;
        }
        var first = new Uri(nodes[0].ConnectionString);
        var hosts = string.Join(',', nodes.Select(n => $"127.0.0.1:{n.Port.ToString(CultureInfo.InvariantCulture)}"));
        return $"amqp://{first.UserInfo}@{hosts}{first.AbsolutePath}";
    }

    /// <summary>Members first, the first node (which owns epmd) last.</summary>
    public static async Task StopAsync(IReadOnlyList<RabbitMqNode> nodes)
    {
        await Task.WhenAll(nodes.Skip(1).Select(n => n.StopAsync()));
        if (nodes.Count > 0)
        {
            await nodes[0].StopAsync();
        }
    }
}
