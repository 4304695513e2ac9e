using Npgsql;

namespace Kinerja.AppHost.Resources;

/// <summary>
/// A PostgreSQL server run as a child process with its own data folder and port.
/// PostgreSQL refuses to run as root, so as root the server runs as the <c>postgres</c> user.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string Superuser = "postgres";

    private readonly PostgresOptions _options;
    private readonly Action<string, string> _log;
    private ChildProcess? _process;

    private PostgresServer(PostgresOptions options, string dataDirectory, Action<string, string> log)
    {
        _options = options;
        DataDirectory = dataDirectory;
        _log = log;
    }

    public string DataDirectory { get; }
    public int Port => _options.Port;
    public string Password => _options.Password;
    public bool IsRunning => _process is { HasExited: false };

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Superuser,
        Password = Password,
        Database = database,
    }.ConnectionString;

    public static async Task<PostgresServer> StartAsync(
        PostgresOptions options, Action<string, string> log, CancellationToken cancellationToken = default)
    {
        var dataDirectory = DataFolder.ForUser(options.DataDirectory, "postgres");
        var server = new PostgresServer(options, dataDirectory, log);
        await server.InitialiseAsync(cancellationToken);
        try
        {
            await server.StartAsync(cancellationToken);
        }
        catch
        {
            // Cancelled or failed while starting: the half-started server must not outlive us.
            await server.StopAsync();
            throw;
        }
        return server;
    }

    /// <summary>Starts the server again after <see cref="StopAsync"/> (for fault tests and restarts).</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        StopLeftoverServer();
        var args = new List<string>
        {
            "-D", DataDirectory, "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
            "-c", $"max_connections={_options.MaxConnections}",
            "-c", "shared_buffers=256MB", "-c", "log_min_messages=warning", "-c", "log_line_prefix=",
        };
        if (_options.Durable is false)
        {
            // Test runs throw their data away: skip the disk flushes that dominate small transactions.
            args.AddRange(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        }
        foreach (var setting in _options.Settings)
        {
            args.AddRange(["-c", setting]);
        }
        _process = Posix.IsRoot
            ? ChildProcess.Start("postgres", "setpriv",
                ["--reuid=postgres", "--regid=postgres", "--init-groups", "--", Binary("postgres"), .. args],
                NoEnvironment, DataDirectory, _log)
            : ChildProcess.Start("postgres", Binary("postgres"), args, NoEnvironment, DataDirectory, _log);
        await WaitUntilReadyAsync(cancellationToken);
    }

    /// <summary>Fast shutdown (SIGINT): open sessions are disconnected, nothing committed is lost.</summary>
    public async Task StopAsync()
    {
        if (_process is not null)
        {
            await _process.StopAsync(Posix.SigInt, TimeSpan.FromSeconds(20));
            _process = null;
        }
    }

    /// <summary>Kills the postmaster with SIGKILL, as a machine crash would.</summary>
    public async Task KillAsync()
    {
        if (_process is not null)
        {
            await _process.KillAsync();
            _process = null;
        }
    }

    public async Task CreateDatabasesAsync(IEnumerable<string> databases, CancellationToken cancellationToken = default)
    {
        // Unpooled: after a restart a pooled connection would be a dead one.
        await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync(cancellationToken);
        foreach (var database in databases)
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
            exists.Parameters.AddWithValue(database);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static readonly Dictionary<string, string?> NoEnvironment = new();

    private async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            return;
        }
        var passwordFile = Path.Combine(Path.GetDirectoryName(DataDirectory)!, "postgres.pw");
        await File.WriteAllTextAsync(passwordFile, Password, cancellationToken);
        DataFolder.GiveTo(passwordFile, "postgres");
        string[] args = ["-D", DataDirectory, "-U", Superuser, "--pwfile", passwordFile, "--auth=scram-sha-256",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"];
        // initdb's banner is noise on success; its lines are shown only when it fails.
        var output = new List<string>();
        void Keep(string _, string line) { lock (output) output.Add(line); }
        _log("postgres", $"initialising a new cluster in {DataDirectory}");
        var initdb = Posix.IsRoot
            ? ChildProcess.Start("initdb", "runuser", ["-u", "postgres", "--", Binary("initdb"), .. args], NoEnvironment, "/", Keep)
            : ChildProcess.Start("initdb", Binary("initdb"), args, NoEnvironment, "/", Keep);
        await initdb.Exited;
        File.Delete(passwordFile);
        if (initdb.ExitCode != 0)
        {
            output.ForEach(line => _log("initdb", line));
            throw new InvalidOperationException($"initdb failed with exit code {initdb.ExitCode} for {DataDirectory}.");
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        var connectionString = ConnectionString("postgres") + ";Pooling=false;Timeout=2";
        while (true)
        {
            if (_process is { HasExited: true })
            {
                throw new InvalidOperationException($"PostgreSQL exited with code {_process.ExitCode} during start-up (data folder {DataDirectory}).");
            }
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(cancellationToken);
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    /// <summary>A postmaster left running by a killed launcher would hold the data folder: stop it first.</summary>
    private void StopLeftoverServer()
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return;
        }
        if (int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid) && Posix.IsAlive(pid)
            && File.ReadAllText($"/proc/{pid}/cmdline").Contains("postgres", StringComparison.Ordinal))
        {
            _log("postgres", $"stopping a server left over from an earlier run (pid {pid})");
            Posix.Signal(pid, Posix.SigInt);
            for (var i = 0; i < 200 && Posix.IsAlive(pid); i++)
            {
                Thread.Sleep(50);
            }
        }
    }

    private static string Binary(string name)
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin", name))
                .Where(File.Exists)
                .OrderByDescending(path => path, StringComparer.Ordinal)
            : Enumerable.Empty<string>();
        return candidates.FirstOrDefault()
            ?? throw new InvalidOperationException($"PostgreSQL's {name} was not found under /usr/lib/postgresql/*/bin; install the 'postgresql' package.");
    }
}

public sealed record PostgresOptions(string DataDirectory, int Port)
{
    /// <summary>Local development password; production takes a connection string instead.</summary>
    public string Password { get; init; } = "kinerja-local";
    public int MaxConnections { get; init; } = 300;
    /// <summary>False for throw-away test data: turns off fsync for speed.</summary>
    public bool Durable { get; init; } = true;
    /// <summary>Extra server settings as <c>name=value</c>, each passed as <c>-c</c> (e.g. the load program's <c>shared_preload_libraries</c>).</summary>
    public IReadOnlyList<string> Settings { get; init; } = [];
}
