using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Kinerja.AppHost.Resources;
using Kinerja.ServiceDefaults.Auth;
using Npgsql;

namespace Kinerja.Load;

/// <summary>
/// The whole system as the AppHost starts it: PostgreSQL and RabbitMQ started here with the AppHost's own start-up
/// code (so their connection strings are known), then the AppHost with <c>--external</c> and free ports; or a
/// running AppHost attached to through its data folder's <c>status.json</c> and <c>dev-signing-key</c>.
/// </summary>
internal sealed class SystemUnderLoad : IAsyncDisposable
{
    public static readonly string[] ServiceNames = ["agreements", "measurements", "evaluations", "sanctionreward"];

    private LocalInfrastructure? _infrastructure;
    private Process? _appHost;
    private readonly List<string> _appHostOutput = [];

    public string DataDirectory { get; private set; } = "";
    public string SigningKey { get; private set; } = "";
    public string RabbitMq { get; private set; } = "";
    public string PostgresServer { get; private set; } = "";
    public Dictionary<string, (string Url, int Pid)> Services { get; } = [];
    public HttpClient Http { get; } = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        Timeout = TimeSpan.FromSeconds(120),
    };

    public string Url(string service) => Services[service].Url;

    public string Database(string service) =>
        new NpgsqlConnectionStringBuilder(PostgresServer) { Database = $"kinerja_{service}", Pooling = true }.ConnectionString;

    /// <param name="postgresSettings">extra PostgreSQL settings (<c>name=value</c>), e.g. <see cref="SqlProfile.ServerSettings"/>.</param>
    public static async Task<SystemUnderLoad> StartAsync(string repositoryRoot, bool demo, bool durable, IReadOnlyList<string> postgresSettings)
    {
        var system = new SystemUnderLoad { DataDirectory = Path.Combine(Path.GetTempPath(), $"kinerja-load-{Guid.NewGuid():N}"[..26]) };
        Directory.CreateDirectory(system.DataDirectory);
        try
        {
            Console.WriteLine($"starting PostgreSQL and RabbitMQ in {system.DataDirectory} ({(durable ? "durable" : "not durable")})");
            system._infrastructure = await LocalInfrastructure.StartAsync(
                new LocalInfrastructureOptions(Path.Combine(system.DataDirectory, "infra")) { Durable = durable, PostgresSettings = postgresSettings }, (_, _) => { });
            system.RabbitMq = system._infrastructure.RabbitMq.ConnectionString;
            system.PostgresServer = system._infrastructure.Postgres.ConnectionString("postgres");
            var appHost = Path.Combine(repositoryRoot, "Kinerja.AppHost", "bin", Configuration, "net10.0", "Kinerja.AppHost.dll");
            var info = new ProcessStartInfo("dotnet")
            {
                ArgumentList = { appHost, "run", "--data", system.DataDirectory, "--free-ports", "--external", "--postgres", system.PostgresServer, "--rabbitmq", system.RabbitMq },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            if (!demo)
            {
                info.ArgumentList.Add("--no-demo");
            }
            Console.WriteLine($"starting the services ({Configuration} build of the AppHost)");
            system._appHost = Process.Start(info)!;
            system._appHost.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (system._appHostOutput) system._appHostOutput.Add(e.Data); };
            system._appHost.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (system._appHostOutput) system._appHostOutput.Add(e.Data); };
            system._appHost.BeginOutputReadLine();
            system._appHost.BeginErrorReadLine();
            await system.ReadStatusAsync(TimeSpan.FromMinutes(6));
            return system;
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }
    }

    public static async Task<SystemUnderLoad> AttachAsync(string dataDirectory, string postgres, string rabbitMq)
    {
        var system = new SystemUnderLoad { DataDirectory = dataDirectory, PostgresServer = postgres, RabbitMq = rabbitMq };
        await system.ReadStatusAsync(TimeSpan.FromSeconds(10));
        return system;
    }

    private async Task ReadStatusAsync(TimeSpan limit)
    {
        var path = Path.Combine(DataDirectory, "status.json");
        var deadline = DateTime.UtcNow + limit;
        while (!File.Exists(path))
        {
            if (_appHost is { HasExited: true })
            {
                throw new InvalidOperationException($"The AppHost exited with code {_appHost.ExitCode}:\n{string.Join('\n', _appHostOutput)}");
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No {path} within {limit}.");
            }
            await Task.Delay(250);
        }
        await Task.Delay(200);
        var status = JsonDocument.Parse(await File.ReadAllTextAsync(path)).RootElement;
        foreach (var service in status.GetProperty("services").EnumerateArray())
        {
            Services[service.GetProperty("name").GetString()!] = (service.GetProperty("url").GetString()!, service.GetProperty("pid").GetInt32());
        }
        SigningKey = (await File.ReadAllTextAsync(Path.Combine(DataDirectory, "dev-signing-key"))).Trim();
    }

    public string Token(string subject, string role, IReadOnlyList<string> regions, string? nip = null) =>
        DevTokens.Issue(SigningKey, new DemoUser(subject, $"Load {subject}", [role], regions) { Nip = nip }, TimeSpan.FromHours(12));

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    /// <summary>Peak resident memory (VmHWM) of each service process, in MiB.</summary>
    public Dictionary<string, double> PeakMemoryMiB()
    {
        var peaks = new Dictionary<string, double>();
        foreach (var (name, (_, pid)) in Services)
        {
            var status = $"/proc/{pid}/status";
            if (!File.Exists(status))
            {
                continue;
            }
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null)
            {
                peaks[name] = double.Parse(line.Split(':', 2)[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
            }
        }
        return peaks;
    }

    /// <summary>
    /// The components whose CPU time <see cref="CpuProfile"/> reads: each service (its process and any below it),
    /// PostgreSQL (the postmaster found through a backend's parent, with every backend), RabbitMQ (when started here:
    /// its start script with beam.smp below it), the AppHost's own process and this program's.
    /// </summary>
    public async Task<CpuProfile> CpuProfileAsync()
    {
        var components = Services.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new CpuComponent(s.Key, s.Value.Pid, Tree: true)).ToList();
        await using (var connection = new NpgsqlConnection(PostgresServer))
        {
            await connection.OpenAsync();
            await using var backend = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
            var backendPid = (int)(await backend.ExecuteScalarAsync())!;
            var stat = $"/proc/{backendPid}/stat";
            if (File.Exists(stat))
            {
                var text = await File.ReadAllTextAsync(stat);
                var postmaster = int.Parse(text[(text.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
                components.Add(new CpuComponent("postgres", postmaster, Tree: true));
            }
            else
            {
                Console.WriteLine("  ! PostgreSQL runs on another machine (no /proc entry for its backend): its CPU time is not profiled");
            }
        }
        if (_infrastructure?.RabbitMq.Pid is { } rabbit)
        {
            components.Add(new CpuComponent("rabbitmq", rabbit, Tree: true));
        }
        else
        {
            Console.WriteLine("  ! RabbitMQ was not started here: its CPU time is counted under \"other\"");
        }
        if (_appHost is not null)
        {
            components.Add(new CpuComponent("apphost", _appHost.Id, Tree: false));
        }
        components.Add(new CpuComponent("load", Environment.ProcessId, Tree: false));
        return new CpuProfile(components);
    }

    private int _disposed;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        Http.Dispose();
        if (_appHost is { HasExited: false })
        {
            Posix.Signal(_appHost.Id, Posix.SigTerm);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            try
            {
                await _appHost.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Posix.Signal(_appHost.Id, Posix.SigKill);
            }
        }
        _appHost?.Dispose();
        if (_infrastructure is not null)
        {
            await _infrastructure.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, true);
            }
            catch (IOException)
            {
                // Left for the OS to clean /tmp.
            }
            catch (UnauthorizedAccessException)
            {
                // PostgreSQL's files may belong to the postgres user when run as root.
            }
        }
    }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif
}
