using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Evaluations.Tests.Api;

/// <summary>
/// The Evaluations service on its own fresh database and the fixture's RabbitMQ. Upstream events are published on the
/// bus with MassTransit (the host's bus, a real publish through RabbitMQ to the service's own queues).
/// </summary>
internal sealed class EvaluationsHost(InfrastructureFixture infrastructure) : IAsyncDisposable
{
    private ServiceFactory<EvaluationsService> _service = null!;

    public string Rabbit => infrastructure.RabbitMqConnectionString;

    public IServiceProvider Services => _service.Services;

    public static async Task<EvaluationsHost> StartAsync(InfrastructureFixture infrastructure)
    {
        var host = new EvaluationsHost(infrastructure);
        var database = await infrastructure.CreateDatabaseAsync("evaluations");
        host._service = new ServiceFactory<EvaluationsService>("evaluations", database, infrastructure.RabbitMqConnectionString);
        host._service.CreateClient().Dispose();
        return host;
    }

    public HttpClient Client(string? token = null)
    {
        var client = _service.CreateClient();
        return token is null ? client : client.WithToken(token);
    }

    public Task PublishAsync<T>(T message, Guid? messageId = null) where T : class =>
        _service.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId ?? NewId.NextGuid());

    /// <summary>The agreement's evaluations as the API returns them, once the service has learned the agreement.</summary>
    public Task<JsonElement> AgreementAsync(Guid agreementId, string region, Func<JsonElement, bool>? until = null, TimeSpan? limit = null) =>
        Eventually.Until(async () =>
        {
            using var response = await Client(TestTokens.For("auditor", region)).GetAsync($"/api/agreements/{agreementId}/evaluations");
            return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
        }, json => json.ValueKind == JsonValueKind.Object && (until?.Invoke(json) ?? true), limit, $"agreement {agreementId} in Evaluations");

    public async ValueTask DisposeAsync() => await _service.DisposeAsync();
}
