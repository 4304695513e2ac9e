using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.Agreements;
using Kinerja.ServiceDefaults.Auth;

namespace Kinerja.AppHost.Tests;

/// <summary>What every service gets from AddServiceDefaults(), seen through one real service.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class Service_defaults(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private ServiceFactory<AgreementsService> _service = null!;

    public async Task InitializeAsync()
    {
        var database = await infrastructure.CreateDatabaseAsync("defaults");
        _service = new ServiceFactory<AgreementsService>("agreements", database, infrastructure.RabbitMqConnectionString);
    }

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task a_request_without_a_token_gets_401_with_problem_details()
    {
        using var response = await _service.CreateClient().GetAsync("/api/me");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().ShouldBe(401);
        problem.GetProperty("detail").GetString().ShouldBe("This endpoint needs a bearer token: sign in first.");
        problem.TryGetProperty("traceId", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task an_expired_token_and_a_token_signed_with_another_key_are_refused_in_words()
    {
        var user = DemoUser.Find("operator-6402")!;
        var expired = TestTokens.For(user, TimeSpan.FromMinutes(5), DateTime.UtcNow.AddHours(-1));
        var foreign = DevTokens.Issue(Convert.ToBase64String(new byte[48]), user);

        (await Detail(expired)).ShouldBe("The token has expired: sign in again.");
        (await Detail(foreign)).ShouldBe("The token's signature is not valid.");
    }

    [Fact]
    public async Task a_valid_token_names_the_caller_roles_and_regions()
    {
        var client = _service.CreateClient().WithToken(TestTokens.For(DemoUser.Find("operator-6402")!));

        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");

        me.GetProperty("subject").GetString().ShouldBe("operator-6402");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["operator"]);
        me.GetProperty("regions").EnumerateArray().Select(r => r.GetString()).ShouldBe(["64.02"]);
    }

    [Fact]
    public async Task health_turns_unhealthy_when_postgres_stops_and_healthy_when_it_is_back()
    {
        var client = _service.CreateClient();
        // The bus connects in the background after the host starts.
        await Eventually.Until(async () => (await client.GetAsync("/health")).StatusCode, s => s == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30), "health before the fault");

        await infrastructure.Postgres.StopAsync();
        try
        {
            using var down = await client.GetAsync("/health");
            down.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            (await down.Content.ReadAsStringAsync()).ShouldContain("PostgreSQL does not answer");
            (await client.GetAsync("/alive")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            await infrastructure.Postgres.StartAsync();
        }

        await Eventually.Until(async () => (await client.GetAsync("/health")).StatusCode, s => s == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30), "health to recover");
    }

    [Fact]
    public async Task the_service_publishes_its_openapi_document_without_a_token()
    {
        var document = await _service.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        document.GetProperty("openapi").GetString().ShouldStartWith("3.");
        document.GetProperty("paths").TryGetProperty("/api/me", out _).ShouldBeTrue();
    }

    private async Task<string?> Detail(string token)
    {
        using var response = await _service.CreateClient().WithToken(token).GetAsync("/api/me");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
    }
}
