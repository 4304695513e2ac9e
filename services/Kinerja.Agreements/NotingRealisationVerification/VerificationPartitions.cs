using Kinerja.Contracts.Measurements;
using Kinerja.ServiceDefaults.Messaging;
using MassTransit;

namespace Kinerja.Agreements.NotingRealisationVerification;

/// <summary>
/// <c>RealisationVerified</c> messages about the same agreement are noted one after the other in this process, different
/// agreements in parallel (<see cref="KeyedPartitions"/>, as Evaluations does, ADR 0025). A verifier approving a batch
/// makes Measurements publish many about one agreement at once; each appends to <c>agreement-{id}</c>, so without this
/// they read the same version, all but one fail with a concurrency conflict, and under load some ran out of retries
/// into the error queue (issue 10).
/// </summary>
internal static class VerificationPartitions
{
    public static void AddRealisationVerifiedConsumer(this IBusRegistrationConfigurator bus) =>
        new KeyedPartitions().Add<RealisationVerifiedConsumer, RealisationVerified>(bus, AgreementOf);

    /// <summary>The same agreement id the consumer loads: this service's key when Measurements carries it, else the GUID.</summary>
    public static string AgreementOf(RealisationVerified message) => message.AgreementKey ?? message.AgreementId.ToString();
}
