namespace Kinerja.AppHost.Resources;

/// <summary>
/// PostgreSQL and RabbitMQ for one run, started in parallel under one data folder: what the AppHost
/// starts for <c>./run.sh</c> and what each test run starts for itself (fresh folder, free ports).
/// </summary>
public sealed class LocalInfrastructure : IAsyncDisposable
{
    private LocalInfrastructure(string root, PostgresServer postgres, RabbitMqNode rabbitMq)
    {
        Root = root;
        Postgres = postgres;
        RabbitMq = rabbitMq;
    }

    public string Root { get; }
    public PostgresServer Postgres { get; }
    public RabbitMqNode RabbitMq { get; }

    public static async Task<LocalInfrastructure> StartAsync(
        LocalInfrastructureOptions options, Action<string, string> log, CancellationToken cancellationToken = default)
    {
        var root = Path.GetFullPath(options.Root);
        Directory.CreateDirectory(root);
        var postgresTask = PostgresServer.StartAsync(
            new PostgresOptions(Path.Combine(root, "postgres", "data"), options.PostgresPort ?? FreePort.Next()) { Durable = options.Durable },
            log, cancellationToken);
        var rabbitTask = RabbitMqNode.StartAsync(
            new RabbitMqOptions(Path.Combine(root, "rabbitmq"), options.RabbitMqPort ?? FreePort.Next(), FreePort.Next(), options.EpmdPort ?? FreePort.Next()),
            log, cancellationToken);
        try
        {
            await Task.WhenAll(postgresTask, rabbitTask);
        }
        catch
        {
            // Whichever started must not outlive a failed start.
            if (postgresTask.IsCompletedSuccessfully) await postgresTask.Result.DisposeAsync();
            if (rabbitTask.IsCompletedSuccessfully) await rabbitTask.Result.DisposeAsync();
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
            .Append(new KeyValuePair<string, string>("rabbitmq", RabbitMq.ConnectionString))
            .ToDictionary();

    /// <summary>Stops in reverse order of dependence: the broker, then the database.</summary>
    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(RabbitMq.StopAsync(), Postgres.StopAsync());
    }
}

public sealed record LocalInfrastructureOptions(string Root)
{
    public int? PostgresPort { get; init; }
    public int? RabbitMqPort { get; init; }
    public int? EpmdPort { get; init; }
    public bool Durable { get; init; } = true;
}
