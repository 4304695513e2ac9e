using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Kinerja.ServiceDefaults.Operations;

/// <summary>A consuming queue and its error queue, counted with a passive declare (no management plug-in needed).</summary>
public sealed record QueueCount(string Queue, long? Messages, long? Consumers, string ErrorQueue, long ErrorMessages);

/// <summary>A message waiting in an error queue, as an operator inspects it (no stack trace: the reason is enough).</summary>
public sealed record ErrorMessage(string? MessageId, IReadOnlyList<string> MessageTypes, string? FaultReason, string? ExceptionType,
    DateTimeOffset? FaultedAt, int BodyBytes, string BodyExcerpt);

public sealed record RedriveResult(string From, string To, int Moved, int Left);

/// <summary>
/// Reads and moves messages of this service's queues through plain AMQP (RabbitMQ.Client): a short-lived connection
/// per request, so an operator's look never shares a channel with MassTransit's consumers.
/// </summary>
public sealed class BrokerQueues(IConfiguration configuration)
{
    public const int ExcerptLength = 500;
    private static readonly string[] FaultHeaders = ["MT-Fault-", "MT-Reason", "MT-Host-"];

    private async Task<IConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var connectionString = configuration.GetConnectionString(Messaging.MessagingExtensions.ConnectionName)
            ?? throw new InvalidOperationException("this service has no message broker configured");
        var broker = Messaging.RabbitMqAddress.Parse(connectionString);
        var factory = new ConnectionFactory
        {
            UserName = broker.User,
            Password = broker.Password,
            VirtualHost = broker.VirtualHost,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(3),
            AutomaticRecoveryEnabled = false,
            ClientProvidedName = "kinerja-ops",
        };
        // A cluster: the first node that answers (ADR 0021).
        return await factory.CreateConnectionAsync(broker.Nodes.Select(n => new AmqpTcpEndpoint(n.Host, n.Port)).ToList(), cancellationToken);
    }

    public async Task<IReadOnlyList<QueueCount>> CountAsync(IReadOnlyList<string> queues, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        var counts = new List<QueueCount>();
        foreach (var queue in queues)
        {
            var main = await PassiveAsync(connection, queue, cancellationToken);
            var error = await PassiveAsync(connection, queue + ServiceQueues.ErrorSuffix, cancellationToken);
            counts.Add(new QueueCount(queue, main?.MessageCount, main?.ConsumerCount, queue + ServiceQueues.ErrorSuffix, error?.MessageCount ?? 0));
        }
        return counts;
    }

    /// <summary>Null when the queue does not exist (an error queue is made on the first fault).</summary>
    private static async Task<QueueDeclareOk?> PassiveAsync(IConnection connection, string queue, CancellationToken cancellationToken)
    {
        // A passive declare of a missing queue closes its channel: one channel per question.
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            return await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
        {
            return null;
        }
    }

    /// <summary>Up to <paramref name="limit"/> messages from the head of the queue, left in place (fetched unacknowledged, then released).</summary>
    public async Task<IReadOnlyList<ErrorMessage>?> PeekAsync(string queue, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        if (await PassiveAsync(connection, queue, cancellationToken) is not { } declared)
        {
            return null;
        }
        var messages = new List<ErrorMessage>();
        await using (var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken))
        {
            for (var i = 0; i < Math.Min(limit, declared.MessageCount); i++)
            {
                if (await channel.BasicGetAsync(queue, autoAck: false, cancellationToken) is not { } got)
                {
                    break;
                }
                messages.Add(Describe(got));
            }
            // Closing the channel without acknowledging puts every fetched message back.
            await channel.CloseAsync(cancellationToken);
        }
        return messages;
    }

    /// <summary>
    /// Moves messages from an error queue back to the queue they failed in (all, or the one with
    /// <paramref name="messageId"/>): each is published with confirms before it is acknowledged, so a failure
    /// half-way duplicates at most one message (consumers dedupe by message id) and loses none.
    /// </summary>
    public async Task<RedriveResult?> RedriveAsync(string errorQueue, string originQueue, string? messageId, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        if (await PassiveAsync(connection, errorQueue, cancellationToken) is not { } declared)
        {
            return null;
        }
        var moved = 0;
        await using (var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken))
        {
            for (var i = 0; i < declared.MessageCount; i++)
            {
                if (await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken) is not { } got)
                {
                    break;
                }
                if (messageId is not null && got.BasicProperties.MessageId != messageId)
                {
                    continue; // released with the channel
                }
                var properties = new BasicProperties(got.BasicProperties)
                {
                    Headers = got.BasicProperties.Headers?
                        .Where(h => !FaultHeaders.Any(prefix => h.Key.StartsWith(prefix, StringComparison.Ordinal)))
                        .ToDictionary(h => h.Key, h => h.Value),
                };
                await channel.BasicPublishAsync("", originQueue, mandatory: true, properties, got.Body, cancellationToken);
                await channel.BasicAckAsync(got.DeliveryTag, multiple: false, cancellationToken);
                moved++;
            }
            await channel.CloseAsync(cancellationToken);
        }
        var left = await PassiveAsync(connection, errorQueue, cancellationToken);
        return new RedriveResult(errorQueue, originQueue, moved, (int)(left?.MessageCount ?? 0));
    }

    private static ErrorMessage Describe(BasicGetResult got)
    {
        var headers = got.BasicProperties.Headers ?? new Dictionary<string, object?>();
        var body = got.Body.ToArray();
        var text = Encoding.UTF8.GetString(body);
        IReadOnlyList<string> types = [];
        try
        {
            using var envelope = JsonDocument.Parse(body);
            if (envelope.RootElement.ValueKind == JsonValueKind.Object && envelope.RootElement.TryGetProperty("messageType", out var listed)
                && listed.ValueKind == JsonValueKind.Array)
            {
                types = listed.EnumerateArray().Select(t => t.ToString()).ToList();
            }
        }
        catch (JsonException)
        {
            // A malformed body is exactly what an operator looks at here: shown as an excerpt below.
        }
        return new ErrorMessage(
            got.BasicProperties.MessageId,
            types,
            Header(headers, "MT-Fault-Message"),
            Header(headers, "MT-Fault-ExceptionType"),
            DateTimeOffset.TryParse(Header(headers, "MT-Fault-Timestamp"), System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal, out var at) ? at : null,
            body.Length,
            text.Length > ExcerptLength ? text[..ExcerptLength] : text);
    }

    private static string? Header(IDictionary<string, object?> headers, string name) =>
        headers.TryGetValue(name, out var value) ? value switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            null => null,
            _ => value.ToString(),
        } : null;
}
