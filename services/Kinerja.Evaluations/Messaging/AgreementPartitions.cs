using System.Text;
using Kinerja.Evaluations.Learning;
using MassTransit;
using MassTransit.Middleware;

namespace Kinerja.Evaluations.Messaging;

/// <summary>
/// One partitioner shared by every consumer that writes an agreement's file (ADR 0025): messages about the same
/// agreement are handled one at a time in this process, whichever queue they arrive on, while different agreements
/// run in parallel. Without it, many messages for one agreement arriving together (a verifier approving a batch)
/// all read the same stream version, all but one fail with a concurrency conflict, and the retries run out.
/// </summary>
internal sealed class AgreementPartitions
{
    /// <summary>Parallel agreements per process; also the consumers' concurrency limit.</summary>
    public const int Count = 8;

    // One per bus (per host), never static: test hosts in one process must not share or dispose each other's.
    private readonly IPartitioner _shared = new Partitioner(Count, new Murmur3UnsafeHashGenerator());

    public void Add<TConsumer, TMessage>(IBusRegistrationConfigurator bus, Func<TMessage, string> agreementOf)
        where TConsumer : class, IConsumer<TMessage>
        where TMessage : class =>
        bus.AddConsumer<TConsumer>((_, consumer) =>
            consumer.Message<TMessage>(message => message.UsePartitioner(_shared, context => agreementOf(context.Message), Encoding.UTF8)));

    public static string Of(RealisationVerified m) => UpstreamKeys.Of(m.AgreementKey, m.AgreementId, m.IndicatorCode, m.IndicatorId).Agreement;

    public static string Of(RealisationCorrected m) => UpstreamKeys.Of(m.AgreementKey, m.AgreementId, m.IndicatorCode, m.IndicatorId).Agreement;
}
