using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Wire = Kinerja.Contracts.Agreements;

namespace Kinerja.Measurements.Tests.Api;

[CollectionDefinition(Name)]
public sealed class MeasurementsApiCollection : ICollectionFixture<MeasurementsApiFixture>
{
    public const string Name = "measurements-api";
}

/// <summary>
/// Real PostgreSQL and RabbitMQ, and the Measurements service wired as the AppHost wires it, shared by the API tests.
/// Every test uses its own agreement ids (and, where it closes periods, its own region), so they do not see each other.
/// </summary>
public sealed class MeasurementsApiFixture : IAsyncLifetime
{
    public InfrastructureFixture Infrastructure { get; } = new();

    internal ServiceFactory<MeasurementsService> Service { get; private set; } = null!;

    /// <summary>The service's own database, for tests that hold a lock to force an interleaving.</summary>
    public string Database { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await Infrastructure.InitializeAsync();
        Database = await Infrastructure.CreateDatabaseAsync("measurements");
        Service = new ServiceFactory<MeasurementsService>("measurements", Database, Infrastructure.RabbitMqConnectionString);
        Service.CreateClient().Dispose();
    }

    /// <summary>A client carrying the token of <paramref name="user"/>, or none.</summary>
    public HttpClient Client(DemoUser? user = null)
    {
        var client = Service.CreateClient();
        return user is null ? client : client.WithToken(TestTokens.For(user));
    }

    /// <summary>Publishes an Agreements integration event on the real broker, as the Agreements service would.</summary>
    public Task PublishAsync<T>(T message, Guid? messageId = null) where T : class =>
        Service.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId ?? NewId.NextGuid());

    /// <summary>Publishes the signing and waits until the service has learned the agreement.</summary>
    public async Task<JsonElement> SignAsync(Wire.AgreementSigned signed)
    {
        await PublishAsync(signed);
        return await PlanAsync(signed.AgreementId, signed.RegionCode, plan => plan.GetProperty("version").GetInt32() >= signed.Version);
    }

    public async Task<JsonElement> PlanAsync(string agreementId, string region, Func<JsonElement, bool> done)
    {
        using var client = Client(People.Ministry);
        return await Eventually.Until(async () =>
        {
            var response = await client.GetAsync($"/api/measurements/agreements/{agreementId}");
            return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
        }, plan => plan.ValueKind == JsonValueKind.Object && done(plan), what: $"the plan of {agreementId} in {region}");
    }

    public async Task DisposeAsync()
    {
        await Service.DisposeAsync();
        await Infrastructure.DisposeAsync();
    }
}
