using Kinerja.EventStore;
using MassTransit;
using Wire = Kinerja.Contracts.Agreements;

namespace Kinerja.Measurements.LearningAgreements;

/// <summary>
/// Learns agreements from the Agreements service. Each fact is stored in the agreement's stream
/// (<c>agreement-{id}</c>) with the message's inbox mark in the same transaction; a fact the plan already has (a
/// redelivery, or the same event published twice) is not stored again; a fact about an
/// agreement not signed yet is stored and parked, and the plan projection applies it when the signing arrives.
/// </summary>
internal sealed class AgreementEventsConsumer(EventStore.EventStore store, ILogger<AgreementEventsConsumer> logger) :
    IConsumer<Wire.AgreementSigned>,
    IConsumer<Wire.AgreementRevisionApproved>,
    IConsumer<Wire.AgreementClosed>,
    IConsumer<Wire.AgreementWithdrawn>,
    IConsumer<Wire.OfficialChanged>
{
    private const string Name = "measurements.agreement-events";

    public static string StreamId(AgreementId id) => $"agreement-{id}";

    public Task Consume(ConsumeContext<Wire.AgreementSigned> context) =>
        LearnAsync(context, context.Message.RegionCode, FactsFromAgreements.Signed(context.Message));

    public Task Consume(ConsumeContext<Wire.AgreementRevisionApproved> context) =>
        LearnAsync(context, context.Message.RegionCode, FactsFromAgreements.RevisionApproved(context.Message));

    public Task Consume(ConsumeContext<Wire.AgreementClosed> context) =>
        LearnAsync(context, context.Message.RegionCode, FactsFromAgreements.Closed(context.Message));

    public Task Consume(ConsumeContext<Wire.AgreementWithdrawn> context) =>
        LearnAsync(context, context.Message.RegionCode, FactsFromAgreements.Withdrawn(context.Message));

    /// <summary>
    /// The predecessor's agreement closes at the handover (an <c>AgreementClosed</c> follows) and the newcomer's arrives
    /// as its own <c>AgreementSigned</c>. Periods of the predecessor's agreement still to be reported are now the
    /// newcomer's to report: the indicators the outgoing official answered for pass to the newcomer.
    /// </summary>
    public Task Consume(ConsumeContext<Wire.OfficialChanged> context)
    {
        if (FactsFromAgreements.OfficialChanged(context.Message) is { } fact)
        {
            return LearnAsync(context, context.Message.RegionCode, fact);
        }
        logger.LogWarning("OfficialChanged for agreement {AgreementId} names no agreement version; the plan keeps its persons responsible",
            context.Message.AgreementId);
        return Task.CompletedTask;
    }

    private async Task LearnAsync(ConsumeContext context, string region, AgreementFact fact)
    {
        var streamId = StreamId(fact.AgreementId);
        var known = await store.ReadStreamAsync(streamId, cancellationToken: context.CancellationToken);
        var before = MeasurementPlans.From(known.Select(e => (AgreementFact)e.Data));
        var after = before.Learn(fact);
        if (ReferenceEquals(before, after))
        {
            // Already learned (a duplicate or a redelivery): nothing to store.
            return;
        }
        var session = store.OpenSession(new EventMetadata(region, "agreements-service", CausationId: context.MessageId?.ToString()));
        session.MarkConsumed(context.MessageId ?? Guid.NewGuid(), Name);
        session.Append(streamId, known.Count == 0 ? 0 : known[^1].Version, fact);
        // A concurrent fact for the same agreement makes this throw; MassTransit's retry then learns it again.
        await session.SaveChangesAsync(context.CancellationToken);
    }
}
