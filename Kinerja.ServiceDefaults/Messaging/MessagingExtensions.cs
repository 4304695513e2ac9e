using MassTransit;

namespace Kinerja.ServiceDefaults.Messaging;

/// <summary>
/// MassTransit conventions shared by every service: RabbitMQ from <c>ConnectionStrings:rabbitmq</c>,
/// publisher confirms, kebab-case queue names, retry with back-off, then the <c>_error</c> queue.
/// A connection string naming several nodes (<c>amqp://u:p@h1:p1,h2:p2,h3:p3/vhost</c>) is a cluster: MassTransit
/// connects to any live node and every queue is a quorum queue, replicated across the nodes (ADR 0021).
/// Message names come from the contracts' <c>[MessageUrn]</c> attributes, never from CLR names.
/// </summary>
public static class MessagingExtensions
{
    public const string ConnectionName = "rabbitmq";

    public static IHostApplicationBuilder AddKinerjaMessaging(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator>? configure = null)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} is not set (amqp://user:password@host:port/vhost).");
        var broker = RabbitMqAddress.Parse(connectionString);
        var prefix = QueuePrefix(builder.Environment.ApplicationName);
        // The queues this service consumes, for /ops (error-queue counts, inspection, re-drive).
        builder.Services.AddSingleton<Operations.ServiceQueues>();
        builder.Services.AddReceiveEndpointObserver(provider => provider.GetRequiredService<Operations.ServiceQueues>());
        builder.Services.AddMassTransit(bus =>
        {
            // Queues are named after consumers; the service prefix keeps two services' AgreementSignedConsumer from
            // sharing one queue (competing consumers would each see only part of the messages).
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(prefix, includeNamespace: false));
            configure?.Invoke(bus);
            if (broker.IsCluster)
            {
                // Quorum queues survive the loss of a minority of nodes; classic queues live on one node only.
                bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
                {
                    if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbitEndpoint)
                    {
                        rabbitEndpoint.SetQuorumQueue();
                    }
                });
            }
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
                {
                    host.Username(broker.User);
                    host.Password(broker.Password);
                    host.PublisherConfirmation = true;
                    host.RequestedConnectionTimeout(TimeSpan.FromSeconds(5));
                    if (broker.IsCluster)
                    {
                        host.UseCluster(cluster =>
                        {
                            foreach (var node in broker.Nodes)
                            {
                                cluster.Node($"{node.Host}:{node.Port}");
                            }
                        });
                    }
                });
                rabbit.UseMessageRetry(retry => retry.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(300)));
                rabbit.ConfigureEndpoints(context);
            });
        });
        // Consumers are bound to their exchanges before the host reports started: nothing published after start-up is missed.
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        return builder;
    }

    /// <summary><c>Kinerja.SanctionReward</c> → <c>SanctionReward</c>, which kebab-cases to <c>sanction-reward-…</c> queues.</summary>
    public static string QueuePrefix(string applicationName) =>
        applicationName.StartsWith("Kinerja.", StringComparison.Ordinal) ? applicationName["Kinerja.".Length..] : applicationName;
}

/// <summary>
/// The parts of an <c>amqp://user:password@host:port/vhost</c> connection string; a cluster lists every node:
/// <c>amqp://user:password@host1:port1,host2:port2/vhost</c> (<see cref="Host"/>/<see cref="Port"/> are the first).
/// </summary>
public sealed record RabbitMqAddress(string Host, ushort Port, string VirtualHost, string User, string Password)
{
    /// <summary>Every node named, in order; one for a single broker.</summary>
    public IReadOnlyList<(string Host, ushort Port)> Nodes { get; init; } = [(Host, Port)];

    public bool IsCluster => Nodes.Count > 1;

    public static RabbitMqAddress Parse(string connectionString)
    {
        var schemeEnd = connectionString.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            throw new FormatException("The RabbitMQ connection string is not amqp://user:password@host:port/vhost.");
        }
        var at = connectionString.IndexOf('@', schemeEnd + 3);
        var hostsStart = at < 0 ? schemeEnd + 3 : at + 1;
        var hostsEnd = connectionString.IndexOf('/', hostsStart) is var slash and >= 0 ? slash : connectionString.Length;
        var nodes = connectionString[hostsStart..hostsEnd].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (nodes.Length == 0)
        {
            throw new FormatException("The RabbitMQ connection string names no host (amqp://user:password@host:port/vhost).");
        }
        // Each node parsed as a single-host URI, so escaping, default port and vhost rules stay those of System.Uri.
        var parsed = nodes.Select(node => ParseSingle(connectionString[..hostsStart] + node + connectionString[hostsEnd..])).ToList();
        return parsed[0] with { Nodes = parsed.Select(p => (p.Host, p.Port)).ToList() };
    }

    private static RabbitMqAddress ParseSingle(string connectionString)
    {
        var uri = new Uri(connectionString);
        var userInfo = uri.UserInfo.Split(':', 2);
        var virtualHost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        return new RabbitMqAddress(
            uri.Host,
            (ushort)(uri.IsDefaultPort || uri.Port < 0 ? 5672 : uri.Port),
            virtualHost.Length == 0 ? "/" : virtualHost,
            Uri.UnescapeDataString(userInfo[0]),
            userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : "");
    }

    /// <summary>The address without its password, for logs.</summary>
    public override string ToString() => $"amqp://{User}@{string.Join(',', Nodes.Select(n => $"{n.Host}:{n.Port}"))}/{VirtualHost}";
}
