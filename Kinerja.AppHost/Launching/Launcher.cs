using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Kinerja.AppHost.Resources;
using Npgsql;

namespace Kinerja.AppHost.Launching;

/// <summary>
/// Starts the infrastructure (or takes external connection strings), then every service in
/// dependency order, prints what runs where, and on a stop signal stops it all in reverse order.
/// </summary>
internal sealed class Launcher(LaunchOptions options, string repositoryRoot)
{
    private const int PostgresPort = 15432;
    private const int RabbitMqPort = 15673;
    private const int EpmdPort = 14369;

    private readonly List<ServiceRunner> _runners = [];
    private LocalInfrastructure? _infrastructure;

    public async Task<int> RunAsync(CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var connections = await StartInfrastructureAsync(stop);
            var signingKey = DevSigningKey.LoadOrCreate(options.DataDirectory);
            await StartServicesAsync(connections, signingKey, stop);
            await PrintTableAsync(clock.Elapsed);
            await Task.Delay(Timeout.Infinite, stop).ContinueWith(_ => { }, TaskScheduler.Default);
            return 0;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ConsoleLog.Info($"start-up failed: {e.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            return 0;
        }
        finally
        {
            await StopAsync();
        }
    }

    private async Task<Dictionary<string, string>> StartInfrastructureAsync(CancellationToken stop)
    {
        if (options.External)
        {
            ConsoleLog.Info("external mode: using the given PostgreSQL and RabbitMQ");
            var server = new NpgsqlConnectionStringBuilder(options.PostgresConnection);
            var connections = ServiceCatalog.Services.Where(s => s.Database is not null).ToDictionary(
                s => s.Name, s => new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = s.Database }.ConnectionString);
            connections["rabbitmq"] = options.RabbitMqConnection!;
            await CreateExternalDatabasesAsync(server, stop);
            return connections;
        }
        ConsoleLog.Info(options.RabbitMqNodes == 1
            ? $"starting PostgreSQL and RabbitMQ (data in {options.DataDirectory})"
            : $"starting PostgreSQL and a {options.RabbitMqNodes}-node RabbitMQ cluster (data in {options.DataDirectory})");
        _infrastructure = await LocalInfrastructure.StartAsync(new LocalInfrastructureOptions(options.DataDirectory)
        {
            PostgresPort = options.FreePorts ? null : PostgresPort,
            RabbitMqPort = options.FreePorts ? null : RabbitMqPort,
            EpmdPort = options.FreePorts ? null : EpmdPort,
            Durable = options.Durable,
            RabbitMqNodes = options.RabbitMqNodes,
        }, ConsoleLog.Write, stop);
        return _infrastructure.ConnectionStrings.ToDictionary();
    }

    private static async Task CreateExternalDatabasesAsync(NpgsqlConnectionStringBuilder server, CancellationToken stop)
    {
        try
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "postgres" }.ConnectionString);
            await connection.OpenAsync(stop);
            foreach (var database in ServiceCatalog.Databases)
            {
                await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = database } } };
                if (await exists.ExecuteScalarAsync(stop) is null)
                {
                    await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
                    await create.ExecuteNonQueryAsync(stop);
                    ConsoleLog.Info($"created database {database}");
                }
            }
        }
        catch (NpgsqlException e)
        {
            ConsoleLog.Info($"could not check or create the databases ({e.Message}); they must exist already");
        }
    }

    private async Task StartServicesAsync(Dictionary<string, string> connections, string signingKey, CancellationToken stop)
    {
        var ports = ServiceCatalog.Services.ToDictionary(s => s.Name, s => options.FreePorts ? FreePort.Next() : s.DefaultPort);
        var environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["Auth__SigningKey"] = signingKey,
            ["ConnectionStrings__rabbitmq"] = connections["rabbitmq"],
            ["Demo__Seed"] = options.Demo ? "true" : "false",
        };
        foreach (var service in ServiceCatalog.Services)
        {
            environment[$"services__{service.Name}__http__0"] = $"http://127.0.0.1:{ports[service.Name]}";
        }
        var started = new Dictionary<string, Task>();
        foreach (var service in InDependencyOrder(ServiceCatalog.Services))
        {
            // The front end holds no state and reads the services' first instances; every service with a store runs
            // options.Instances times on one database and one set of queues (ADR 0022).
            var instances = service.Database is null ? 1 : options.Instances;
            var dependencies = service.DependsOn.Select(name => started[name]).ToArray();
            var instanceStarts = new List<Task>();
            for (var instance = 1; instance <= instances; instance++)
            {
                var name = ServiceRunner.InstanceName(service.Name, instance);
                var port = instance == 1 ? ports[service.Name] : options.FreePorts ? FreePort.Next() : service.DefaultPort + 10 * (instance - 1);
                var serviceEnvironment = new Dictionary<string, string?>(environment)
                {
                    ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                    ["OTEL_SERVICE_NAME"] = service.Name,
                    ["KINERJA_INSTANCE"] = name,
                };
                if (instance > 1)
                {
                    // One instance seeds the demo; the others would only race it.
                    serviceEnvironment["Demo__Seed"] = "false";
                }
                if (connections.TryGetValue(service.Name, out var database))
                {
                    // The instance's name shows in pg_stat_activity, so who holds a leader lock can be seen (ADR 0004).
                    serviceEnvironment[$"ConnectionStrings__{service.Name}"] = options.Instances == 1
                        ? database
                        : new NpgsqlConnectionStringBuilder(database) { ApplicationName = name }.ConnectionString;
                }
                var projectDirectory = Path.Combine(repositoryRoot, service.ProjectDirectory);
                var runner = new ServiceRunner(service, Path.Combine(projectDirectory, "bin", BuildConfiguration, "net10.0", service.AssemblyName + ".dll"),
                    projectDirectory, port, serviceEnvironment, instance);
                _runners.Add(runner);
                instanceStarts.Add(StartAfterAsync(runner, dependencies, stop));
            }
            started[service.Name] = Task.WhenAll(instanceStarts);
        }
        await Task.WhenAll(started.Values);
    }

    /// <summary>Each service after those it depends on (the catalogue lists them in reading order, not start order).</summary>
    private static IEnumerable<ServiceDefinition> InDependencyOrder(IReadOnlyList<ServiceDefinition> services)
    {
        var placed = new HashSet<string>();
        while (placed.Count < services.Count)
        {
            var ready = services.Where(s => !placed.Contains(s.Name) && s.DependsOn.All(placed.Contains)).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException("The service catalogue's dependencies form a cycle.");
            }
            foreach (var service in ready)
            {
                placed.Add(service.Name);
                yield return service;
            }
        }
    }

    private static async Task StartAfterAsync(ServiceRunner runner, Task[] dependencies, CancellationToken stop)
    {
        await Task.WhenAll(dependencies);
        await runner.StartAsync(stop);
        ConsoleLog.Info($"{runner.Name} is healthy at {runner.Url}");
    }

    private async Task PrintTableAsync(TimeSpan elapsed)
    {
        var rows = new List<(string Name, string Where, string Health)>();
        if (_infrastructure is { } infrastructure)
        {
            rows.Add(("postgres", $"127.0.0.1:{infrastructure.Postgres.Port} ({infrastructure.Postgres.DataDirectory})", "healthy"));
            foreach (var node in infrastructure.RabbitMqNodes)
            {
                rows.Add((infrastructure.RabbitMqNodes.Count == 1 ? "rabbitmq" : node.NodeName.Split('@')[0], $"amqp://127.0.0.1:{node.Port}/kinerja", "healthy"));
            }
        }
        foreach (var runner in _runners)
        {
            rows.Add((runner.Name, runner.Url, await runner.HealthAsync()));
        }
        var table = new System.Text.StringBuilder();
        table.AppendLine();
        table.AppendLine(CultureInfo.InvariantCulture, $"  {"resource",-16}{"where",-58}{"health"}");
        table.AppendLine(CultureInfo.InvariantCulture, $"  {new string('-', 16)}{new string('-', 58)}{new string('-', 10)}");
        foreach (var (name, where, health) in rows)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"  {name,-16}{where,-58}{health}");
        }
        var web = _runners.First(r => r.Service.Name == "web").Url;
        table.AppendLine();
        table.AppendLine(CultureInfo.InvariantCulture, $"  All healthy in {elapsed.TotalSeconds:0.0} s. Open {web} in a browser; Ctrl-C stops everything.");
        table.AppendLine("  A token for a demo user: dotnet run --project Kinerja.AppHost -- token operator-6402");
        Console.WriteLine(table.ToString());
        var status = new
        {
            healthy = true,
            seconds = elapsed.TotalSeconds,
            launcherPid = Environment.ProcessId,
            resources = rows.Select(r => new { name = r.Name, where = r.Where, health = r.Health }),
            services = _runners.Select(r => new { name = r.Name, service = r.Service.Name, instance = r.Instance, url = r.Url, pid = r.Pid }),
            rabbitmq = _infrastructure?.RabbitMqNodes.Select(n => new { node = n.NodeName, port = n.Port, pid = n.Pid }),
        };
        await File.WriteAllTextAsync(Path.Combine(options.DataDirectory, "status.json"), JsonSerializer.Serialize(status, JsonSerializerOptions.Web));
    }

    private async Task StopAsync()
    {
        ConsoleLog.Info("stopping");
        File.Delete(Path.Combine(options.DataDirectory, "status.json"));
        for (var i = _runners.Count - 1; i >= 0; i--)
        {
            await _runners[i].StopAsync();
        }
        if (_infrastructure is not null)
        {
            await _infrastructure.DisposeAsync();
        }
        ConsoleLog.Info("stopped");
    }

#if DEBUG
    private const string BuildConfiguration = "Debug";
#else
    private const string BuildConfiguration = "Release";
#endif
}
