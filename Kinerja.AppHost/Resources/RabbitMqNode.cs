using System.Globalization;
using RabbitMQ.Client;

namespace Kinerja.AppHost.Resources;

/// <summary>
/// A RabbitMQ node run as a child process, isolated from any system node: its own node name, Erlang
/// cookie (HOME), epmd port, data and log folders. The vhost and user are created by the node itself
/// on first boot from <c>default_vhost</c>/<c>default_user</c>.
/// </summary>
public sealed class RabbitMqNode : IAsyncDisposable
{
    private const string Tools = "/usr/lib/rabbitmq/bin";

    private readonly RabbitMqOptions _options;
    private readonly Action<string, string> _log;
    private ChildProcess? _process;

    private RabbitMqNode(RabbitMqOptions options, Action<string, string> log)
    {
        _options = options;
        _log = log;
    }

    public int Port => _options.Port;
    public string NodeName => _options.NodeName;
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>amqp://user:password@127.0.0.1:port/vhost — what MassTransit and RabbitMQ.Client take.</summary>
    public string ConnectionString =>
        $"amqp://{_options.User}:{_options.Password}@127.0.0.1:{Port}/{Uri.EscapeDataString(_options.VirtualHost)}";

    public static async Task<RabbitMqNode> StartAsync(
        RabbitMqOptions options, Action<string, string> log, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path.Combine(Tools, "rabbitmq-server")))
        {
            throw new InvalidOperationException("RabbitMQ is not installed: run 'apt-get install rabbitmq-server' (the run and test scripts do).");
        }
        var node = new RabbitMqNode(options, log);
        node.WriteConfiguration();
        try
        {
            await node.StartAsync(cancellationToken);
        }
        catch
        {
            // Cancelled or failed while booting: the half-started node must not outlive us.
            await node.StopAsync();
            throw;
        }
        return node;
    }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        StopLeftoverNode();
        _process = ChildProcess.Start("rabbitmq", Path.Combine(Tools, "rabbitmq-server"), [], Environment(), _options.DataDirectory, Quiet);
        await WaitUntilReadyAsync(cancellationToken);
    }

    /// <summary>Graceful stop (SIGTERM under RUNNING_UNDER_SYSTEMD), then the node's own epmd.</summary>
    public async Task StopAsync()
    {
        if (_process is not null)
        {
            await _process.StopAsync(Posix.SigTerm, TimeSpan.FromSeconds(30));
            _process = null;
        }
        if (_options.OwnsEpmd)
        {
            await StopEpmdAsync();
        }
    }

    /// <summary>The pid of the node's Erlang VM (what <c>kill -9</c> of a node hits), null when it is not running.</summary>
    public int? Pid => _process is { HasExited: false } process ? process.Pid : null;

    /// <summary>
    /// Makes this freshly started node a member of <paramref name="seed"/>'s cluster (<c>rabbitmqctl stop_app,
    /// join_cluster, start_app</c>). A marker file remembers the join: a restarted member rejoins by itself.
    /// </summary>
    public async Task JoinClusterAsync(RabbitMqNode seed, CancellationToken cancellationToken = default)
    {
        var marker = Folder("joined-cluster");
        if (File.Exists(marker) && File.ReadAllText(marker).Trim() == seed.NodeName)
        {
            return;
        }
        await ControlAsync(cancellationToken, "stop_app");
        await ControlAsync(cancellationToken, "join_cluster", seed.NodeName);
        await ControlAsync(cancellationToken, "start_app");
        await WaitUntilReadyAsync(cancellationToken);
        await File.WriteAllTextAsync(marker, seed.NodeName, cancellationToken);
    }

    /// <summary>The node names this node sees running in its cluster (<c>rabbitmqctl cluster_status</c>).</summary>
    public async Task<IReadOnlyList<string>> RunningClusterNodesAsync(CancellationToken cancellationToken = default)
    {
        var output = await ControlAsync(cancellationToken, "cluster_status", "--formatter", "json");
        using var status = System.Text.Json.JsonDocument.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..]);
        return status.RootElement.GetProperty("running_nodes").EnumerateArray().Select(n => n.GetString()!).ToList();
    }

    private async Task<string> ControlAsync(CancellationToken cancellationToken, params string[] arguments)
    {
        var output = new System.Text.StringBuilder();
        var control = ChildProcess.Start("rabbitmqctl", Path.Combine(Tools, "rabbitmqctl"), ["-n", NodeName, .. arguments], Environment(),
            _options.DataDirectory, (_, line) => { lock (output) output.AppendLine(line); });
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            await control.Exited.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            await control.KillAsync();
            throw new TimeoutException($"rabbitmqctl {string.Join(' ', arguments)} on {NodeName} did not finish within 2 minutes.");
        }
        await Task.Delay(50, CancellationToken.None); // the last output lines
        if (control.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} on {NodeName} failed ({control.ExitCode}): {output}");
        }
        lock (output)
        {
            return output.ToString();
        }
    }

    public async Task KillAsync()
    {
        if (_process is not null)
        {
            await _process.KillAsync();
            _process = null;
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private void Quiet(string name, string line)
    {
        // The boot banner is long; errors and warnings still come through.
        if (_options.Verbose || line.Contains("error", StringComparison.OrdinalIgnoreCase) || line.Contains("warning", StringComparison.OrdinalIgnoreCase))
        {
            _log(name, line);
        }
    }

    private string Folder(string name) => Path.Combine(_options.DataDirectory, name);

    private void WriteConfiguration()
    {
        foreach (var folder in new[] { "home", "mnesia", "log" })
        {
            Directory.CreateDirectory(Folder(folder));
        }
        var config = string.Join('\n',
            $"listeners.tcp.default = {Port}",
            $"default_vhost = {_options.VirtualHost}",
            $"default_user = {_options.User}",
            $"default_pass = {_options.Password}",
            "default_permissions.configure = .*",
            "default_permissions.read = .*",
            "default_permissions.write = .*",
            "loopback_users = none",
            "log.console = true",
            "log.console.level = warning",
            "log.file = false",
            "");
        File.WriteAllText(Folder("rabbitmq.conf"), config);
        File.WriteAllText(Folder("enabled_plugins"), _options.Management ? "[rabbitmq_management].\n" : "[].\n");
        File.WriteAllText(Folder("rabbitmq-env.conf"), "");
        var cookie = Path.Combine(Folder("home"), ".erlang.cookie");
        if (_options.Cookie is { } shared)
        {
            // Nodes of one cluster must share the cookie to talk to each other.
            if (File.Exists(cookie))
            {
                File.SetUnixFileMode(cookie, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            File.WriteAllText(cookie, shared);
            File.SetUnixFileMode(cookie, UnixFileMode.UserRead);
        }
        else if (!File.Exists(cookie))
        {
            File.WriteAllText(cookie, Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20)));
            File.SetUnixFileMode(cookie, UnixFileMode.UserRead);
        }
    }

    private Dictionary<string, string?> Environment()
    {
        var port = Port.ToString(CultureInfo.InvariantCulture);
        var environment = new Dictionary<string, string?>
        {
            ["HOME"] = Folder("home"),
            ["RABBITMQ_CONF_ENV_FILE"] = Folder("rabbitmq-env.conf"),
            ["RABBITMQ_NODENAME"] = NodeName,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = port,
            ["RABBITMQ_DIST_PORT"] = _options.DistributionPort.ToString(CultureInfo.InvariantCulture),
            ["ERL_EPMD_PORT"] = _options.EpmdPort.ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_CONFIG_FILE"] = Folder("rabbitmq.conf"),
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Folder("advanced.config"),
            ["RABBITMQ_MNESIA_BASE"] = Folder("mnesia"),
            ["RABBITMQ_LOG_BASE"] = Folder("log"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Folder("enabled_plugins"),
            ["RABBITMQ_PID_FILE"] = Folder("rabbitmq.pid"),
            ["RUNNING_UNDER_SYSTEMD"] = "true",
        };
        if (_options.ManagementPort is { } managementPort)
        {
            environment["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] =
                $"-rabbitmq_management tcp_config [{{port,{managementPort}}},{{ip,\"127.0.0.1\"}}]";
        }
        return environment;
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        var factory = new ConnectionFactory { Uri = new Uri(ConnectionString), RequestedConnectionTimeout = TimeSpan.FromSeconds(2) };
        while (true)
        {
            if (_process is { HasExited: true })
            {
                throw new InvalidOperationException($"RabbitMQ exited with code {_process.ExitCode} during start-up; logs in {Folder("log")}.");
            }
            if (FreePort.IsListening(Port))
            {
                try
                {
                    await using var connection = await factory.CreateConnectionAsync(cancellationToken);
                    return;
                }
                catch (Exception e) when (e is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException && DateTime.UtcNow < deadline)
                {
                    // The port opens a moment before the default vhost exists.
                }
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"RabbitMQ did not accept connections on port {Port} within 90 s.");
            }
            await Task.Delay(200, cancellationToken);
        }
    }

    /// <summary>A node left running by a killed launcher would hold the port and the data folder: stop it first.</summary>
    private void StopLeftoverNode()
    {
        var pidFile = Folder("rabbitmq.pid");
        if (File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid) && Posix.IsAlive(pid)
            && File.ReadAllText($"/proc/{pid}/cmdline").Contains("rabbit", StringComparison.Ordinal))
        {
            _log("rabbitmq", $"stopping a node left over from an earlier run (pid {pid})");
            Posix.Signal(pid, Posix.SigTerm);
            for (var i = 0; i < 300 && Posix.IsAlive(pid); i++)
            {
                Thread.Sleep(50);
            }
        }
    }

    private async Task StopEpmdAsync()
    {
        var epmd = new[] { "/usr/bin/epmd" }
            .Concat(Directory.Exists("/usr/lib/erlang") ? Directory.GetFiles("/usr/lib/erlang", "epmd", SearchOption.AllDirectories) : [])
            .FirstOrDefault(File.Exists);
        if (epmd is null)
        {
            return;
        }
        var stop = ChildProcess.Start("epmd", epmd, ["-port", _options.EpmdPort.ToString(CultureInfo.InvariantCulture), "-kill"],
            new Dictionary<string, string?>(), "/", (_, _) => { });
        await stop.Exited;
    }
}

public sealed record RabbitMqOptions(string DataDirectory, int Port, int DistributionPort, int EpmdPort)
{
    public string NodeName { get; init; } = $"kinerja-{Port}@localhost";
    public string VirtualHost { get; init; } = "kinerja";
    public string User { get; init; } = "kinerja";
    /// <summary>Local development password; production takes a connection string instead.</summary>
    public string Password { get; init; } = "kinerja-local";
    public bool Management { get; init; }
    public int? ManagementPort { get; init; }
    public bool Verbose { get; init; }
    /// <summary>The Erlang cookie; null gives a node a random one of its own. Members of one cluster share it.</summary>
    public string? Cookie { get; init; }
    /// <summary>Whether stopping this node also stops the epmd on <see cref="EpmdPort"/> (members of a cluster share one).</summary>
    public bool OwnsEpmd { get; init; } = true;
}
