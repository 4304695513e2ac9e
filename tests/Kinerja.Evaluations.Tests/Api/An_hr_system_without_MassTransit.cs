using System.Globalization;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace Kinerja.Evaluations.Tests.Api;

/// <summary>
/// docs/contracts/evaluations.md "Binding a queue", step by step with a plain AMQP client (RabbitMQ.Client, no
/// MassTransit): declare the fanout exchanges and an own durable queue, bind, get, read the envelope, ack.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class An_hr_system_without_MassTransit(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private EvaluationsHost _host = null!;

    public async Task InitializeAsync() => _host = await EvaluationsHost.StartAsync(infrastructure);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task binds_its_own_durable_queue_as_documented_and_reads_an_evaluation_with_manual_acks()
    {
        var factory = new ConnectionFactory { Uri = new Uri(_host.Rabbit) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var queue = $"hr-bkpsdm-{Guid.NewGuid():N}.evaluations";
        foreach (var exchange in new[] { Exchanges.Evaluated, Exchanges.Superseded })
        {
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
            await channel.QueueBindAsync(queue, exchange, routingKey: "");
        }
        try
        {
            var upstream = Upstream.In("64.09");
            await _host.PublishAsync(upstream.Signed());
            await _host.AgreementAsync(upstream.AgreementId, upstream.RegionCode);
            await _host.PublishAsync(upstream.Verified("2026-Q1", 80));
            await _host.AgreementAsync(upstream.AgreementId, upstream.RegionCode, json => json.GetProperty("realisations").GetArrayLength() == 1);
            await _host.PublishAsync(upstream.Closed("2026-Q1"));

            var delivery = await Eventually.Until(() => channel.BasicGetAsync(queue, autoAck: false), got => got is not null,
                TimeSpan.FromSeconds(60), $"an evaluation in {queue}");

            delivery!.BasicProperties.ContentType.ShouldBe("application/vnd.masstransit+json");
            var envelope = JsonDocument.Parse(Encoding.UTF8.GetString(delivery.Body.Span)).RootElement;
            envelope.GetProperty("messageId").GetString().ShouldNotBeNullOrEmpty();
            envelope.GetProperty("messageType")[0].GetString().ShouldBe("urn:message:kinerja:evaluations:agreement-evaluated:v1");
            var message = envelope.GetProperty("message");
            message.GetProperty("agreementId").GetString().ShouldBe(upstream.AgreementId.ToString());
            message.GetProperty("receiver").GetProperty("nip").GetString().ShouldBe(Upstream.UnitHead.Nip);
            decimal.Parse(message.GetProperty("score").GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture).ShouldBe(80m);
            message.GetProperty("rating").GetProperty("label").GetString().ShouldBe("Tinggi");
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            (await channel.MessageCountAsync(queue)).ShouldBe(0u, "acknowledged, and nothing else was published for this agreement");
        }
        finally
        {
            await channel.QueueDeleteAsync(queue);
        }
    }
}
