using System.Text;
using RabbitMQ.Client;

namespace Kinerja.Reliability.Tests;

/// <summary>
/// A test subscriber that outlives a broker restart: a durable named queue bound to one exchange, read only at the
/// end of the test (every message fetched and acknowledged), so what arrived while the test's own connection was gone
/// is still counted.
/// </summary>
public sealed class DurableProbe(string rabbitMq, string queue)
{
    public static async Task<DurableProbe> BindAsync(string rabbitMq, string exchange)
    {
        var probe = new DurableProbe(rabbitMq, $"reliability-probe-{Guid.NewGuid():N}");
        await using var connection = await new ConnectionFactory { Uri = new Uri(rabbitMq) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        await channel.QueueDeclareAsync(probe.Queue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(probe.Queue, exchange, "");
        return probe;
    }

    public string Queue => queue;

    /// <summary>Every message id that arrived (duplicates kept), and deletes the queue.</summary>
    public async Task<IReadOnlyList<string>> DrainAsync()
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(rabbitMq) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var ids = new List<string>();
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } got)
        {
            ids.Add(got.BasicProperties.MessageId ?? ProbedMessage.From("", got.Body.ToArray()).MessageId ?? Encoding.UTF8.GetString(got.Body.Span));
        }
        await channel.QueueDeleteAsync(queue);
        return ids;
    }
}
