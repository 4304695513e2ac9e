using System.Text;
using Kinerja.Contracts.Measurements;
using MassTransit;
using MassTransit.Middleware;

namespace Kinerja.Agreements.NotingRealisationVerification;

/// <summary>
/// <c>RealisationVerified</c> messages about the same agreement are noted one after the other in this process, different
/// agreements in parallel (as Evaluations does, ADR 0025). A verifier approving a batch makes Measurements publish many
/// about one agreement at once; each appends to <c>agreement-{id}</c>, so without this they read the same version,
/// all but one fail with a concurrency conflict, and under load some ran out of retries into the error queue (issue 10).
/// </summary>
internal static class VerificationPartitions
{
    /// <summary>Agreements noted in parallel per process.</summary>
    public const int Count = 8;

    public static void AddRealisationVerifiedConsumer(this IBusRegistrationConfigurator bus)
    {
        // One partitioner per bus (per host), never static: test hosts in one process must not share or dispose it.
        var partitioner = new Partitioner(Count, new Murmur3UnsafeHashGenerator());
        bus.AddConsumer<RealisationVerifiedConsumer>((_, consumer) =>
            consumer.Message<RealisationVerified>(message => message.UsePartitioner(partitioner, context => AgreementOf(context.Message), Encoding.UTF8)));
    }

    /// <summary>The same agreement id the consumer loads: this service's key when Measurements carries it, else the GUID.</summary>
    public static string AgreementOf(RealisationVerified message) => message.AgreementKey ?? message.AgreementId.ToString();
}
