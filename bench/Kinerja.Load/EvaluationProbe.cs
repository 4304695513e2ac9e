using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Kinerja.Load;

/// <summary>One <c>AgreementEvaluated</c> as it reached the probe, with the moment it arrived.</summary>
internal sealed record Arrival(long At, string Region, string Period, string PeriodKind, string AgreementId, bool Supersedes);

/// <summary>
/// A plain AMQP subscriber (RabbitMQ.Client, as an HR system would bind, docs/contracts/evaluations.md) on the
/// evaluations exchange: the end of the pipeline whose latency and throughput the run measures.
/// </summary>
internal sealed class EvaluationProbe : IAsyncDisposable
{
    public const string Exchange = "kinerja.evaluations.agreement-evaluated.v1";
    private readonly ConcurrentQueue<Arrival> _arrivals = new();
    private IConnection? _connection;
    private IChannel? _channel;

    public IReadOnlyCollection<Arrival> Arrivals => _arrivals;

    /// <summary>First evaluations of the regions' agreements and periods (re-evaluations, which supersede one, not counted).</summary>
    public int CountFor(IReadOnlySet<string> regions) => _arrivals.Count(a => regions.Contains(a.Region) && !a.Supersedes);

    public int ReEvaluationsFor(IReadOnlySet<string> regions) => _arrivals.Count(a => regions.Contains(a.Region) && a.Supersedes);

    public static async Task<EvaluationProbe> StartAsync(string rabbitMq)
    {
        var probe = new EvaluationProbe();
        probe._connection = await new ConnectionFactory { Uri = new Uri(rabbitMq) }.CreateConnectionAsync();
        probe._channel = await probe._connection.CreateChannelAsync();
        var queue = await probe._channel.QueueDeclareAsync($"load-probe-{Guid.NewGuid():N}", durable: false, exclusive: true, autoDelete: true);
        await probe._channel.ExchangeDeclareAsync(Exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        await probe._channel.QueueBindAsync(queue.QueueName, Exchange, "");
        var consumer = new AsyncEventingBasicConsumer(probe._channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            var at = Stopwatch.GetTimestamp();
            var message = JsonDocument.Parse(delivery.Body).RootElement.GetProperty("message");
            probe._arrivals.Enqueue(new Arrival(at, message.GetProperty("regionCode").GetString()!, message.GetProperty("period").GetString()!,
                message.GetProperty("periodKind").GetString()!, message.GetProperty("agreementId").GetString()!,
                message.TryGetProperty("supersedes", out var s) && s.ValueKind == JsonValueKind.String));
            return Task.CompletedTask;
        };
        await probe._channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer);
        return probe;
    }

    public async ValueTask DisposeAsync()
    {
        if (_channel is not null)
        {
            await _channel.CloseAsync();
            _channel.Dispose();
        }
        if (_connection is not null)
        {
            await _connection.CloseAsync();
            _connection.Dispose();
        }
    }
}
