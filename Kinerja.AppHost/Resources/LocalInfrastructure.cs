namespace Kinerja.AppHost.Resources;

/// <summary>
/// PostgreSQL and RabbitMQ for one run, started in parallel under one data folder: what the AppHost
/// starts for <c>./run.sh</c> and what each test run starts for itself (fresh folder, free ports).
/// </summary>
public sealed class LocalInfrastructure : IAsyncDisposable
{
    private LocalInfrastructure(string root, PostgresServer postgres, IReadOnlyList<RabbitMqNode> rabbitMqNodes)
    {
        Root = root;
        Postgres = postgres;
        RabbitMqNodes = rabbitMqNodes;
    }

    public string Root { get; }
    public PostgresServer Postgres { get; }
    /// <summary>The (first) RabbitMQ node.</summary>
    public RabbitMqNode RabbitMq => RabbitMqNodes[0];
    /// <summary>Every node of the RabbitMQ cluster; one unless <see cref="LocalInfrastructureOptions.RabbitMqNodes"/> asks for more.</summary>
    public IReadOnlyList<RabbitMqNode> RabbitMqNodes { get; }
    /// <summary>What the services receive: the single node's string, or every node of the cluster (ADR 0021).</summary>
    public string RabbitMqConnectionString => RabbitMqCluster.ConnectionString(RabbitMqNodes);

    public static async Task<LocalInfrastructure> StartAsync(
        LocalInfrastructureOptions options, Action<string, string> log, CancellationToken cancellationToken = default)
    {
        var root = Path.GetFullPath(options.Root);
        Directory.CreateDirectory(root);
        var postgresTask = PostgresServer.StartAsync(
            new PostgresOptions(Path.Combine(root, "postgres", "data"), options.PostgresPort ?? FreePort.Next()) { Durable = options.Durable, Settings = options.PostgresSettings },
            log, cancellationToken);
        var rabbitTask = RabbitMqCluster.StartAsync(root, options.RabbitMqNodes, options.RabbitMqPort, options.EpmdPort ?? FreePort.Next(), log, cancellationToken);
        try
        {
            await Task.WhenAll(postgresTask, rabbitTask);
        }
        catch
        {
            // Whichever started must not outlive a failed start.
            if (postgresTask.IsCompletedSuccessfully) await postgresTask.Result.DisposeAsync();
            if (rabbitTask.IsCompletedSuccessfully) await RabbitMqCluster.StopAsync(rabbitTask.Result);
            throw;
        }
        var infrastructure = new LocalInfrastructure(root, postgresTask.Result, rabbitTask.Result);
        await infrastructure.Postgres.CreateDatabasesAsync(ServiceCatalog.Databases, cancellationToken);
        return infrastructure;
    }

    /// <summary>The connection strings a service receives, under Aspire's names.</summary>
    public IReadOnlyDictionary<string, string> ConnectionStrings =>
        ServiceCatalog.Services
            .Where(service => service.Database is not null)
            .ToDictionary(service => service.Name, service => Postgres.ConnectionString(service.Database!))
            .Append(new KeyValuePair<string, string>("rabbitmq", RabbitMqConnectionString))
            .ToDictionary();

    /// <summary>Stops in reverse order of dependence: the broker, then the database.</summary>
    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(RabbitMqCluster.StopAsync(RabbitMqNodes), Postgres.StopAsync());
    }
}

public sealed record LocalInfrastructureOptions(string Root)
{
    public int? PostgresPort { get; init; }
    public int? RabbitMqPort { get; init; }
    public int? EpmdPort { get; init; }
    /// <summary>RabbitMQ nodes to start and join into one cluster (AMQP ports from <see cref="RabbitMqPort"/> upwards when fixed).</summary>
    public int RabbitMqNodes { get; init; } = 1;
    public bool Durable { get; init; } = true;
    /// <summary>Extra PostgreSQL settings (<c>name=value</c>); none by default.</summary>
    public IReadOnlyList<string> PostgresSettings { get; init; } = [];
}
