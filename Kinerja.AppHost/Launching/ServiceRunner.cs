using Kinerja.AppHost.Resources;

namespace Kinerja.AppHost.Launching;

/// <summary>
/// Runs one service as <c>dotnet Service.dll</c>, waits for its <c>/health</c>, and restarts it with
/// back-off when it dies on its own.
/// </summary>
internal sealed class ServiceRunner(ServiceDefinition service, string assemblyPath, string workingDirectory,
    int port, IReadOnlyDictionary<string, string?> environment, int instance = 1)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(3) };
    private readonly CancellationTokenSource _stopping = new();
    private ChildProcess? _process;
    private Task? _supervision;

    public ServiceDefinition Service => service;
    /// <summary>The service's name, with <c>-2</c>, <c>-3</c>… for further instances (ADR 0022).</summary>
    public string Name => InstanceName(service.Name, instance);
    public int Instance => instance;

    public static string InstanceName(string service, int instance) => instance == 1 ? service : $"{service}-{instance}";
    public string Url => $"http://127.0.0.1:{port}";
    public int? Pid => _process?.Pid;
    public int Restarts { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(assemblyPath))
        {
            throw new InvalidOperationException($"{assemblyPath} is missing: build the solution first (./run.sh does).");
        }
        _process = Launch();
        await WaitUntilHealthyAsync(_process, TimeSpan.FromSeconds(90), cancellationToken);
        _supervision = SuperviseAsync();
    }

    public async Task<string> HealthAsync()
    {
        try
        {
            using var response = await Http.GetAsync($"{Url}/health");
            return response.IsSuccessStatusCode ? "healthy" : $"unhealthy ({(int)response.StatusCode})";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return "not answering";
        }
    }

    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
        if (_process is not null)
        {
            await _process.StopAsync(Posix.SigTerm, TimeSpan.FromSeconds(15));
        }
        if (_supervision is not null)
        {
            await _supervision;
        }
    }

    private ChildProcess Launch() =>
        ChildProcess.Start(Name, "dotnet", [assemblyPath], environment, workingDirectory, ConsoleLog.Write);

    private async Task WaitUntilHealthyAsync(ChildProcess process, TimeSpan limit, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + limit;
        while (await HealthAsync() != "healthy")
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {process.ExitCode} before it was healthy; its log is above.");
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{Name} was not healthy at {Url}/health within {limit.TotalSeconds:0} s.");
            }
            await Task.Delay(200, cancellationToken);
        }
    }

    private async Task SuperviseAsync()
    {
        var backOff = TimeSpan.FromSeconds(1);
        while (!_stopping.IsCancellationRequested)
        {
            var started = DateTime.UtcNow;
            await Task.WhenAny(_process!.Exited, Task.Delay(Timeout.Infinite, _stopping.Token)).ConfigureAwait(false);
            if (_stopping.IsCancellationRequested)
            {
                return;
            }
            if (DateTime.UtcNow - started > TimeSpan.FromMinutes(1))
            {
                backOff = TimeSpan.FromSeconds(1);
            }
            ConsoleLog.Info($"{Name} exited with code {_process.ExitCode}; restarting in {backOff.TotalSeconds:0} s");
            try
            {
                await Task.Delay(backOff, _stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            backOff = TimeSpan.FromTicks(Math.Min(backOff.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            Restarts++;
            _process = Launch();
        }
    }
}
