using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kinerja.Contracts.Measurements;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Agreements.Tests.Api;

/// <summary>RealisationVerified from Measurements, over RabbitMQ, freezes a period's target — once, however often it is delivered.</summary>
[Collection(ApiCollection.Name)]
public sealed class Learning_verified_realisations(InfrastructureFixture infrastructure) : InARegion(infrastructure)
{
    [Fact]
    public async Task a_redelivered_realisation_verified_changes_nothing_and_the_verified_quarter_cannot_be_revised()
    {
        var indicator = Guid.NewGuid();
        var id = await Api.InForceAsync(indicator);
        var bus = Api.Factory.Services.GetRequiredService<IBus>();
        var consumed = new ConsumedMessages();
        using var observer = bus.ConnectConsumeObserver(consumed);
        var messageId = NewId.NextGuid();
        var message = new RealisationVerified
        {
            AgreementId = Guid.Parse(id), AgreementVersion = 1, IndicatorId = indicator, Period = "2025-Q1", EntryNumber = 1, Value = 21_000,
            TargetVersion = 1, VerifiedBy = "Kepala Bidang", VerifiedAt = DateTimeOffset.UtcNow, RegionCode = "64.02", UnitId = "dinkes",
        };

        await bus.Publish(message, context => context.MessageId = messageId);
        await Eventually.Until(() => Task.FromResult(consumed.Count(messageId)), n => n == 1, what: "the first delivery consumed");
        await bus.Publish(message, context => context.MessageId = messageId);
        await Eventually.Until(() => Task.FromResult(consumed.Count(messageId)), n => n == 2, what: "the redelivery consumed");

        var noted = (await Api.HistoryAsync(id)).Where(e => e.GetProperty("type").GetString() == "agreement.realisation-verification-noted.v1").ToList();
        noted.Count.ShouldBe(1);
        var agreement = await Api.GetAsync(id);
        agreement.GetProperty("verifiedRealisations").GetArrayLength().ShouldBe(1);

        var content = Agreement_lifecycle.ContentWithIds(agreement, 25_000);
        content["objectives"]![0]!["indicators"]![0]!["periodTargets"]![0] = new JsonObject { ["value"] = 15_000 };
        using var @operator = Api.Operator;
        using var refused = await @operator.PostAsJsonAsync($"/api/agreements/{id}/revisions", new JsonObject
        {
            ["reason"] = "ChangeOfPrioritiesOrAssumptions",
            ["legalBasis"] = new JsonObject { ["decreeNumber"] = "050/9/2025", ["decreeDate"] = "2025-05-01" },
            ["content"] = content,
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await refused.Content.ReadAsStringAsync());
        (await refused.Content.ReadAsStringAsync()).ShouldContain("periodTargets[0]");
    }

    private sealed class ConsumedMessages : IConsumeObserver
    {
        private readonly ConcurrentDictionary<Guid, int> _counts = new();

        public int Count(Guid messageId) => _counts.GetValueOrDefault(messageId);

        public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

        public Task PostConsume<T>(ConsumeContext<T> context) where T : class
        {
            if (context.MessageId is { } id)
            {
                _counts.AddOrUpdate(id, 1, (_, n) => n + 1);
            }
            return Task.CompletedTask;
        }

        public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }
}
