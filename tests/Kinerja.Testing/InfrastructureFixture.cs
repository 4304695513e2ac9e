using Kinerja.AppHost.Resources;
using Npgsql;
using Xunit;

namespace Kinerja.Testing;

/// <summary>
/// Real PostgreSQL and RabbitMQ for a test collection, started by the AppHost's own start-up code in
/// a fresh folder with free ports, and torn down afterwards (also when tests fail).
/// Its log is written to <c>infrastructure.log</c> in that folder.
/// </summary>
public sealed class InfrastructureFixture : IAsyncLifetime
{
    private LocalInfrastructure? _infrastructure;
    private StreamWriter? _log;
    private int _databases;

    public string Root { get; } = TestRunFolder.Create("infra");
    public LocalInfrastructure Infrastructure => _infrastructure ?? throw new InvalidOperationException("Not started.");
    public PostgresServer Postgres => Infrastructure.Postgres;
    public RabbitMqNode RabbitMq => Infrastructure.RabbitMq;
    public string RabbitMqConnectionString => RabbitMq.ConnectionString;
    /// <summary>RabbitMQ nodes joined into one cluster (ADR 0021); one by default.</summary>
    public int RabbitMqNodes { get; init; } = 1;

    public async Task InitializeAsync()
    {
        _log = new StreamWriter(Path.Combine(Root, "infrastructure.log")) { AutoFlush = true };
        _infrastructure = await LocalInfrastructure.StartAsync(new LocalInfrastructureOptions(Root) { Durable = false, RabbitMqNodes = RabbitMqNodes }, Log);
    }

    public void Log(string name, string line)
    {
        lock (this)
        {
            _log?.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {name,-12}| {line}");
        }
    }

    /// <summary>A new empty database, so a test class starts from nothing.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "test")
    {
        var name = $"{prefix}_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..Math.Min(60, prefix.Length + 34)].ToLowerInvariant();
        await Postgres.CreateDatabasesAsync([name]);
        return Postgres.ConnectionString(name);
    }

    public string ConnectionString(string database) => Postgres.ConnectionString(database);

    public async Task DisposeAsync()
    {
        if (_infrastructure is not null)
        {
            await _infrastructure.DisposeAsync();
        }
        NpgsqlConnection.ClearAllPools();
        if (_log is not null)
        {
            await _log.DisposeAsync();
        }
        TestRunFolder.DeleteUnlessKept(Root);
    }
}
