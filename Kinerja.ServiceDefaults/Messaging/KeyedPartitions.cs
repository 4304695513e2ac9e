using System.Text;
using MassTransit;
using MassTransit.Middleware;

namespace Kinerja.ServiceDefaults.Messaging;

/// <summary>
/// One partitioner shared by the consumers that write the same streams (ADR 0025): messages with the same key (an
/// agreement) are handled one at a time in this process, whichever queue they arrive on, while different keys run in
/// parallel. Without it, many messages for one agreement arriving together (a verifier approving a batch) all read the
/// same stream version, all but one fail with a concurrency conflict, and the retries run out into the error queue.
/// Create one per bus (per host), never static: test hosts in one process must not share or dispose each other's.
/// </summary>
public sealed class KeyedPartitions
{
    /// <summary>Keys handled in parallel per process.</summary>
    public const int Count = 8;

    private readonly IPartitioner _shared = new Partitioner(Count, new Murmur3UnsafeHashGenerator());

    public void Add<TConsumer, TMessage>(IBusRegistrationConfigurator bus, Func<TMessage, string> keyOf)
        where TConsumer : class, IConsumer<TMessage>
        where TMessage : class =>
        bus.AddConsumer<TConsumer>((_, consumer) =>
            consumer.Message<TMessage>(message => message.UsePartitioner(_shared, context => keyOf(context.Message), Encoding.UTF8)));
}
