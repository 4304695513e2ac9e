using Kinerja.EventStore;
using Kinerja.Measurements.Publishing;

namespace Kinerja.Measurements.Storage;

/// <summary>Appends what a command decided, with its integration events in the outbox, in one transaction.</summary>
internal sealed class MeasurementWriter(EventStore.EventStore store)
{
    /// <summary>Appends to one stream expected at <paramref name="expectedVersion"/> (0: new); returns the new version.</summary>
    public async Task<long> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<IMeasurementEvent> events,
        MeasurementPlan? plan, RegionCode region, Caller caller, string? reason, CancellationToken cancellationToken)
    {
        var session = store.OpenSession(new EventMetadata(region.Value, caller.Subject, reason));
        Add(session, streamId, expectedVersion, events, plan);
        await session.SaveChangesAsync(cancellationToken);
        return session.Appended.Where(e => e.StreamId == streamId).Max(e => e.Version);
    }

    public static void Add(EventSession session, string streamId, long expectedVersion, IReadOnlyList<IMeasurementEvent> events, MeasurementPlan? plan)
    {
        session.Append(streamId, expectedVersion, events.Cast<object>().ToArray());
        foreach (var e in events)
        {
            if (OutboxMessages.For(e, plan) is { } message)
            {
                session.Enqueue(message);
            }
        }
    }

    public Task<Aggregated<Realisation>?> RealisationAsync(RealisationKey key, CancellationToken cancellationToken) =>
        store.AggregateStreamAsync(key.StreamId, Realisation.NotReported(key), (state, e) => state.Evolve((IRealisationEvent)e), cancellationToken: cancellationToken);

    public async Task<(RegionPeriods Periods, long Version)> PeriodsAsync(RegionCode region, CancellationToken cancellationToken)
    {
        var open = RegionPeriods.Open(region);
        var folded = await store.AggregateStreamAsync(open.StreamId, open, (state, e) => state.Evolve((IMeasurementEvent)e), cancellationToken: cancellationToken);
        return folded is null ? (open, 0) : (folded.State, folded.Version);
    }

    public EventSession OpenSession(RegionCode region, Caller caller, string? reason = null) =>
        store.OpenSession(new EventMetadata(region.Value, caller.Subject, reason));
}
