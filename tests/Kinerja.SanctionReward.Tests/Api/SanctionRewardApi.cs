using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.Contracts.Evaluations;
using Kinerja.ServiceDefaults.Messaging;
using MassTransit;

namespace Kinerja.SanctionReward.Tests.Api;

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "sanctionreward-api";
}

/// <summary>The service in the test host on its own database, a bus to play the Evaluations service, and a probe for what HR sees.</summary>
public sealed class SanctionRewardApi : IAsyncDisposable
{
    private SanctionRewardApi(ServiceFactory<SanctionRewardService> service, IBusControl bus, BusProbe probe)
    {
        Service = service;
        Bus = bus;
        Probe = probe;
    }

    public ServiceFactory<SanctionRewardService> Service { get; }
    public IBusControl Bus { get; }
    public BusProbe Probe { get; }

    public const string Approved = "kinerja.sanctionreward.decision-approved.v1";
    public const string Revoked = "kinerja.sanctionreward.decision-revoked.v1";
    public const string AppealDecidedExchange = "kinerja.sanctionreward.appeal-decided.v1";

    public static async Task<SanctionRewardApi> StartAsync(InfrastructureFixture infrastructure)
    {
        var service = new ServiceFactory<SanctionRewardService>("sanctionreward", await infrastructure.CreateDatabaseAsync("sanctions"), infrastructure.RabbitMqConnectionString);
        var health = service.CreateClient();
        await Eventually.Until(async () => (await health.GetAsync("/health")).IsSuccessStatusCode, up => up, TimeSpan.FromSeconds(60), "the service and its bus");
        var broker = RabbitMqAddress.Parse(infrastructure.RabbitMqConnectionString);
        var bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
        {
            host.Username(broker.User);
            host.Password(broker.Password);
        }));
        await bus.StartAsync();
        var probe = await BusProbe.StartAsync(infrastructure.RabbitMqConnectionString, Approved, Revoked, AppealDecidedExchange);
        return new SanctionRewardApi(service, bus, probe);
    }

    public HttpClient As(string role, string region) => Service.CreateClient().WithToken(TestTokens.For(role, region));

    public Task PublishAsync(AgreementEvaluated evaluation, Guid? messageId = null) =>
        Bus.Publish(evaluation, context => context.MessageId = messageId ?? NewId.NextGuid());

    public static AgreementEvaluated Evaluation(string region, string nip, string period, decimal? score, string? label,
        string echelon = "III", string? supersedes = null, string? evaluationId = null) => new(
        evaluationId ?? Guid.NewGuid().ToString(), supersedes, "6471-2026-dpu", 1, region, int.Parse(period[..4], System.Globalization.CultureInfo.InvariantCulture),
        period, period.Length == 4 ? "Final" : "Quarterly",
        new EvaluatedOfficial(nip, "Ir. Budi Santoso, M.T.", "pos-1", "Kepala Bidang Jalan", echelon, "unit-pu", "Dinas Pekerjaan Umum"),
        false, score, score, label is null ? null : new EvaluationRating(label, label, "capaian-permendagri-86-2017", 1), [], 0, DateTimeOffset.UtcNow);

    public async Task<IReadOnlyList<JsonElement>> DecisionsAsync(string region, string? nip = null, int atLeast = 0)
    {
        var client = As("auditor", "*");
        var url = $"/api/decisions?region={region}" + (nip is null ? "" : $"&nip={nip}");
        return await Eventually.Until(async () => (await client.GetFromJsonAsync<List<JsonElement>>(url))!, rows => rows.Count >= atLeast,
            TimeSpan.FromSeconds(30), $"{atLeast} decision(s) in {region}");
    }

    public async ValueTask DisposeAsync()
    {
        await Probe.DisposeAsync();
        await Bus.StopAsync();
        await Service.DisposeAsync();
    }
}
