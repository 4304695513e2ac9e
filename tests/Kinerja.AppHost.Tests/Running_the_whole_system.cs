using Kinerja.AppHost.Resources;

namespace Kinerja.AppHost.Tests;

/// <summary>The AppHost as a user runs it: every service healthy, a crash restarted, SIGTERM leaves nothing.</summary>
public sealed class Running_the_whole_system
{
    [Fact]
    public async Task every_service_becomes_healthy_a_killed_one_is_restarted_and_SIGTERM_leaves_no_process_behind()
    {
        await using var system = await AppHostProcess.StartAsync();

        system.Services.Keys.ShouldBe(["agreements", "measurements", "evaluations", "sanctionreward", "web"], ignoreOrder: true);
        using var http = new HttpClient();
        foreach (var service in system.Services.Values)
        {
            using var health = await http.GetAsync($"{service.Url}/health");
            health.IsSuccessStatusCode.ShouldBeTrue($"{service.Name} /health answered {health.StatusCode}");
        }
        system.Output.ShouldContain("All healthy in");
        system.Output.ShouldContain("agreements     | ");

        var measurements = system.Services["measurements"];
        Posix.Signal(measurements.Pid, Posix.SigKill);
        await Eventually.Until(() => Task.FromResult(system.Output), o => o.Contains("measurements exited with code", StringComparison.Ordinal),
            TimeSpan.FromSeconds(20), "the launcher to notice the crash");
        await Eventually.Until(async () =>
        {
            try
            {
                using var response = await http.GetAsync($"{measurements.Url}/health");
                return response.IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, healthy => healthy, TimeSpan.FromSeconds(60), "measurements to be restarted and healthy");

        system.LiveProcesses().Count.ShouldBeGreaterThanOrEqualTo(7, "postgres, rabbitmq and five services run with the marker");
        (await system.StopAsync()).ShouldBe(0);
        // epmd is told to stop after the broker; give the kernel a beat to reap it.
        var leftovers = await Eventually.Until(() => Task.FromResult(system.LiveProcesses()), l => l.Count == 0,
            TimeSpan.FromSeconds(10), "no process left");
        leftovers.ShouldBeEmpty();
    }
}
