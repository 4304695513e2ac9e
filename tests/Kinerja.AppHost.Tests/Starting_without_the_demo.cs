using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.AppHost.Launching;
using Kinerja.ServiceDefaults.Auth;

namespace Kinerja.AppHost.Tests;

/// <summary>
/// <c>--no-demo</c> (for load runs, bench/Kinerja.Load): the services start with <c>Demo__Seed=false</c>, so no demo
/// region is registered. The Agreements service seeds before it answers its health check, so an empty region list
/// once the AppHost reports healthy is proof, not a race.
/// </summary>
public sealed class Starting_without_the_demo
{
    [Fact]
    public void the_demo_is_seeded_unless_no_demo_is_given()
    {
        LaunchOptions.Parse([], "/repo").Demo.ShouldBeTrue();
        LaunchOptions.Parse(["run", "--no-demo", "--free-ports"], "/repo").Demo.ShouldBeFalse();
    }

    [Fact]
    public async Task with_no_demo_no_region_is_registered()
    {
        await using var system = await AppHostProcess.StartAsync(null, "--no-demo");
        var key = await File.ReadAllTextAsync(Path.Combine(system.DataDirectory, "dev-signing-key"));
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", DevTokens.Issue(key.Trim(), DemoUser.Find("admin")!));

        var regions = await http.GetFromJsonAsync<List<JsonElement>>($"{system.Url("agreements")}/api/regions");

        regions.ShouldNotBeNull().ShouldBeEmpty();
    }
}
