using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Kinerja.Testing;

/// <summary>
/// A plain AMQP subscriber (RabbitMQ.Client, not MassTransit), as a downstream HR system would be: it binds its
/// own queue to a contract's exchange (the contract's <c>[EntityName]</c>) and collects what arrives.
/// </summary>
public sealed class BusProbe : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly ConcurrentQueue<ProbedMessage> _received = new();

    private BusProbe(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public IReadOnlyCollection<ProbedMessage> Received => _received.ToArray();

    /// <summary>Binds a fresh exclusive queue to each exchange; MassTransit publishes to durable fanout exchanges.</summary>
    public static async Task<BusProbe> StartAsync(string rabbitMqConnectionString, params string[] exchanges)
    {
        var factory = new ConnectionFactory { Uri = new Uri(rabbitMqConnectionString) };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var probe = new BusProbe(connection, channel);
        var queue = await channel.QueueDeclareAsync(queue: $"probe-{Guid.NewGuid():N}", durable: false, exclusive: true, autoDelete: true);
        foreach (var exchange in exchanges)
        {
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
            await channel.QueueBindAsync(queue.QueueName, exchange, routingKey: "");
        }
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            probe._received.Enqueue(ProbedMessage.From(delivery.Exchange, delivery.Body.ToArray()));
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer);
        return probe;
    }

    /// <summary>Waits until <paramref name="count"/> messages from <paramref name="exchange"/> match.</summary>
    public Task<IReadOnlyList<ProbedMessage>> WaitForAsync(string exchange, Func<ProbedMessage, bool>? match = null, int count = 1, TimeSpan? limit = null) =>
        Eventually.Until(
            () => Task.FromResult<IReadOnlyList<ProbedMessage>>(_received.Where(m => m.Exchange == exchange && (match?.Invoke(m) ?? true)).ToList()),
            found => found.Count >= count, limit ?? TimeSpan.FromSeconds(30), $"{count} message(s) on {exchange}");

    public async ValueTask DisposeAsync()
    {
        await _channel.CloseAsync();
        await _connection.CloseAsync();
        _channel.Dispose();
        _connection.Dispose();
    }
}

/// <summary>One message as it arrived: MassTransit's JSON envelope, read without MassTransit.</summary>
public sealed record ProbedMessage(string Exchange, string? MessageId, IReadOnlyList<string> MessageTypes, JsonElement Message, string RawBody)
{
    public static ProbedMessage From(string exchange, byte[] body)
    {
        var raw = Encoding.UTF8.GetString(body);
        var envelope = JsonDocument.Parse(raw).RootElement;
        return new ProbedMessage(
            exchange,
            envelope.TryGetProperty("messageId", out var id) ? id.GetString() : null,
            envelope.TryGetProperty("messageType", out var types) ? types.EnumerateArray().Select(t => t.GetString()!).ToList() : [],
            envelope.GetProperty("message").Clone(),
            raw);
    }
}
