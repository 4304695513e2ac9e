using System.Diagnostics;
using System.Text.Json;
using Kinerja.AppHost.Resources;

namespace Kinerja.Testing;

/// <summary>
/// The whole system as <c>./run.sh</c> starts it — the AppHost process with its own data folder and free
/// ports — for end-to-end and browser tests. Every child carries a <c>KINERJA_RUN_ID</c> marker so a test
/// can prove nothing is left behind.
/// </summary>
public sealed class AppHostProcess : IAsyncDisposable
{
    private readonly List<string> _output = [];
    private readonly Process _process;

    private AppHostProcess(string data, string runId, Process process)
    {
        DataDirectory = data;
        RunId = runId;
        _process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.Add(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.Add(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string DataDirectory { get; }
    public string RunId { get; }
    public int Pid => _process.Id;
    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;
    public IReadOnlyDictionary<string, RunningService> Services { get; private set; } = new Dictionary<string, RunningService>();

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>Starts the AppHost and returns once it reports every service healthy.</summary>
    public static async Task<AppHostProcess> StartAsync(TimeSpan? limit = null, params string[] extraArguments)
    {
        var data = TestRunFolder.Create("apphost");
        var runId = Guid.NewGuid().ToString("N");
        var appHost = Path.Combine(TestRunFolder.RepositoryRoot, "Kinerja.AppHost", "bin", "Debug", "net10.0", "Kinerja.AppHost.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { appHost, "run", "--data", data, "--free-ports", "--not-durable" },

            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["KINERJA_RUN_ID"] = runId },
        };
        foreach (var argument in extraArguments)
        {
            info.ArgumentList.Add(argument);
        }
        var system = new AppHostProcess(data, runId, Process.Start(info)!);
        try
        {
            await system.WaitForStatusAsync(limit ?? TimeSpan.FromMinutes(3));
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }
        return system;
    }

    public string Url(string service) => Services[service].Url;

    /// <summary>SIGTERM, as Ctrl-C or a service manager would stop it; returns the exit code.</summary>
    public async Task<int> StopAsync(TimeSpan? grace = null)
    {
        if (!_process.HasExited)
        {
            Posix.Signal(_process.Id, Posix.SigTerm);
            using var timeout = new CancellationTokenSource(grace ?? TimeSpan.FromSeconds(60));
            await _process.WaitForExitAsync(timeout.Token);
        }
        return _process.ExitCode;
    }

    /// <summary>Live processes started by this run (its marker is in their environment).</summary>
    public IReadOnlyList<string> LiveProcesses() => Testing.LiveProcesses.Matching(RunId);

    private async Task WaitForStatusAsync(TimeSpan limit)
    {
        var path = Path.Combine(DataDirectory, "status.json");
        var deadline = DateTime.UtcNow + limit;
        while (!File.Exists(path))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The AppHost exited with code {_process.ExitCode}:\n{Output}");
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The AppHost did not report healthy within {limit}:\n{Output}");
            }
            await Task.Delay(250);
        }
        await Task.Delay(100);
        var status = JsonDocument.Parse(await File.ReadAllTextAsync(path)).RootElement;
        Services = status.GetProperty("services").EnumerateArray().ToDictionary(
            s => s.GetProperty("name").GetString()!,
            s => new RunningService(s.GetProperty("name").GetString()!, s.GetProperty("url").GetString()!, s.GetProperty("pid").GetInt32()));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (OperationCanceledException)
        {
            // Killed below.
        }
        foreach (var leftover in LiveProcesses())
        {
            Posix.Signal(int.Parse(leftover.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture), Posix.SigKill);
        }
        _process.Dispose();
        TestRunFolder.DeleteUnlessKept(DataDirectory);
    }
}

public sealed record RunningService(string Name, string Url, int Pid);
