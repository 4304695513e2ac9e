using System.Diagnostics;
using System.Text.Json;
using Kinerja.AppHost.Resources;

namespace Kinerja.AppHost.Tests;

/// <summary>The AppHost as a user runs it: every service healthy, a crash restarted, SIGTERM leaves nothing.</summary>
public sealed class Running_the_whole_system : IAsyncLifetime
{
    private readonly string _data = TestRunFolder.Create("apphost");
    private readonly string _runId = Guid.NewGuid().ToString("N");
    private readonly List<string> _output = [];
    private Process? _appHost;

    [Fact]
    public async Task every_service_becomes_healthy_a_killed_one_is_restarted_and_SIGTERM_leaves_no_process_behind()
    {
        _appHost = StartAppHost();
        var status = await WaitForStatusAsync(TimeSpan.FromMinutes(3));

        var services = status.GetProperty("services").EnumerateArray().ToList();
        services.Select(s => s.GetProperty("name").GetString()).ShouldBe(
            ["agreements", "measurements", "evaluations", "sanctionreward", "web"], ignoreOrder: true);
        using var http = new HttpClient();
        foreach (var service in services)
        {
            using var health = await http.GetAsync($"{service.GetProperty("url").GetString()}/health");
            health.IsSuccessStatusCode.ShouldBeTrue($"{service.GetProperty("name")} /health answered {health.StatusCode}");
        }
        Output().ShouldContain("All healthy in");
        Output().ShouldContain("agreements     | ");

        var measurements = services.Single(s => s.GetProperty("name").GetString() == "measurements");
        Posix.Signal(measurements.GetProperty("pid").GetInt32(), Posix.SigKill);
        await Eventually.Until(() => Task.FromResult(Output()), o => o.Contains("measurements exited with code", StringComparison.Ordinal),
            TimeSpan.FromSeconds(20), "the launcher to notice the crash");
        await Eventually.Until(async () =>
        {
            try
            {
                using var response = await http.GetAsync($"{measurements.GetProperty("url").GetString()}/health");
                return response.IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, healthy => healthy, TimeSpan.FromSeconds(60), "measurements to be restarted and healthy");

        LeftoverProcesses.Matching(_runId).Count.ShouldBeGreaterThanOrEqualTo(8, "postgres, rabbitmq and five services run with the marker");
        Posix.Signal(_appHost.Id, Posix.SigTerm);
        using (var exit = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            await _appHost.WaitForExitAsync(exit.Token);
        }
        _appHost.ExitCode.ShouldBe(0);
        // epmd outlives the broker for a moment while it is told to stop; give the kernel a beat.
        var leftovers = await Eventually.Until(() => Task.FromResult(LeftoverProcesses.Matching(_runId)), l => l.Count == 0,
            TimeSpan.FromSeconds(10), "no process left");
        leftovers.ShouldBeEmpty();
    }

    private Process StartAppHost()
    {
        var appHost = Path.Combine(TestRunFolder.RepositoryRoot, "Kinerja.AppHost", "bin", "Debug", "net10.0", "Kinerja.AppHost.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { appHost, "run", "--data", _data, "--free-ports", "--not-durable" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["KINERJA_RUN_ID"] = _runId },
        };
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.Add(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.Add(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private string Output()
    {
        lock (_output)
        {
            return string.Join('\n', _output);
        }
    }

    private async Task<JsonElement> WaitForStatusAsync(TimeSpan limit)
    {
        var path = Path.Combine(_data, "status.json");
        var deadline = DateTime.UtcNow + limit;
        while (!File.Exists(path))
        {
            if (_appHost!.HasExited)
            {
                throw new InvalidOperationException($"The AppHost exited with code {_appHost.ExitCode}:\n{Output()}");
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The AppHost did not report healthy within {limit}:\n{Output()}");
            }
            await Task.Delay(250);
        }
        await Task.Delay(100);
        return JsonDocument.Parse(await File.ReadAllTextAsync(path)).RootElement;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_appHost is { HasExited: false })
        {
            Posix.Signal(_appHost.Id, Posix.SigTerm);
            await _appHost.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        foreach (var leftover in LeftoverProcesses.Matching(_runId))
        {
            Posix.Signal(int.Parse(leftover.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture), Posix.SigKill);
        }
        _appHost?.Dispose();
        TestRunFolder.DeleteUnlessKept(_data);
    }
}
