using System.Collections.Concurrent;
using Kinerja.Agreements.Organisation;
using Kinerja.Agreements.Publishing;
using Kinerja.EventStore;

namespace Kinerja.Agreements.Persistence;

/// <summary>How a command ended once persisted: the decision and the stream version after it (the new ETag).</summary>
internal sealed record Outcome<TEvent>(Decision<TEvent> Decision, long Version, long? StaleCurrentVersion = null)
{
    public bool IsStale => StaleCurrentVersion is not null;
}

/// <summary>
/// Command handling over the event store: load (fold the stream) → decide → append with the version that was
/// read, so two operators editing the same agreement never overwrite each other. One stream per agreement
/// (<c>agreement-{id}</c>) and one per region's organisation registry (<c>organisation-{region}</c>); the tenant
/// of every event is the region code and the actor the caller's subject.
/// </summary>
internal sealed class AgreementStreams(EventStore.EventStore store, TimeProvider clock)
{
    // Each region's registry as folded up to a stream version (ADR 0049). A pure function of the events up to that
    // version, which never change: a load folds only the events after it. Immutable, so shared between requests.
    private readonly ConcurrentDictionary<RegionCode, (OrganisationRegistry State, long Version)> _registries = new();

    public const string AgreementStreamType = "agreement";
    public const string OrganisationStreamType = "organisation";

    public TimeProvider Clock => clock;

    public EventStore.EventStore Store => store;

    public static string AgreementStream(AgreementId id) => $"agreement-{id.Value}";

    public static string OrganisationStream(RegionCode region) => $"organisation-{region.Value}";

    public static Agreement? Apply(Agreement? state, object @event) => Agreement.Evolve(state, (IAgreementEvent)@event);

    public async Task<(Agreement? State, long Version)> LoadAgreementAsync(AgreementId id, long? atVersion = null, DateTimeOffset? asOf = null, CancellationToken cancellationToken = default)
    {
        var folded = await store.AggregateStreamAsync<Agreement?>(AgreementStream(id), null, Apply, atVersion, asOf, cancellationToken);
        return folded is null ? (null, 0) : (folded.State, folded.Version);
    }

    /// <summary>
    /// The region's registry as stored now: the cached fold plus the events appended after its version (normally
    /// none, one query either way), so a draft or a signature no longer folds the whole organisation (ADR 0049).
    /// </summary>
    public async Task<(OrganisationRegistry State, long Version)> LoadRegistryAsync(RegionCode region, CancellationToken cancellationToken = default)
    {
        var (state, version) = _registries.TryGetValue(region, out var cached) ? cached : (OrganisationRegistry.Unregistered(region), 0L);
        var newer = await store.ReadStreamAsync(OrganisationStream(region), version + 1, cancellationToken: cancellationToken);
        if (newer.Count == 0)
        {
            return (state, version);
        }
        foreach (var stored in newer)
        {
            state = state.Apply((IOrganisationEvent)stored.Data);
        }
        version = newer[^1].Version;
        var fresh = (state, version);
        _registries.AddOrUpdate(region, fresh, (_, known) => known.Version >= fresh.version ? known : fresh);
        return fresh;
    }

    /// <summary>The registry folded from the stream's first event, bypassing the cache: the reference it must equal.</summary>
    public async Task<(OrganisationRegistry State, long Version)> FoldRegistryAsync(RegionCode region, CancellationToken cancellationToken = default)
    {
        var folded = await store.AggregateStreamAsync(OrganisationStream(region), OrganisationRegistry.Unregistered(region),
            (state, e) => state.Apply((IOrganisationEvent)e), cancellationToken: cancellationToken);
        return folded is null ? (OrganisationRegistry.Unregistered(region), 0) : (folded.State, folded.Version);
    }

    /// <summary>
    /// Decides against the agreement as stored and appends what was decided, with the outbox messages it causes.
    /// <paramref name="expected"/> (from <c>If-Match</c>) must match the stream's version when given.
    /// </summary>
    public async Task<Outcome<IAgreementEvent>> HandleAsync(AgreementId id, long? expected, Actor actor, string? reason,
        Func<Agreement?, Task<Decision<IAgreementEvent>>> decide, CancellationToken cancellationToken = default)
    {
        var (state, version) = await LoadAgreementAsync(id, cancellationToken: cancellationToken);
        if (expected is { } wanted && wanted != version)
        {
            return new Outcome<IAgreementEvent>(Decision.Conflict<IAgreementEvent>("If-Match", $"The agreement is at version {version}, not {wanted}: reload it and try again."), version, version);
        }
        var decision = await decide(state);
        if (!decision.IsAccepted || decision.Events.Count == 0)
        {
            return new Outcome<IAgreementEvent>(decision, version);
        }
        var region = state?.Region ?? ((Drafting.AgreementDrafted)decision.Events[0]).Region;
        try
        {
            var newVersion = await AppendAsync(region, actor, reason, [(id, state, version)], decision.Events, cancellationToken);
            return new Outcome<IAgreementEvent>(decision, newVersion[id]);
        }
        catch (ConcurrencyException e) when (e.StreamId == AgreementStream(id))
        {
            return new Outcome<IAgreementEvent>(Decision.Conflict<IAgreementEvent>("If-Match", $"The agreement moved on to version {e.Actual} meanwhile: reload it and try again."), e.Actual, e.Actual);
        }
    }

    /// <summary>
    /// Appends the events of one decision, grouped by the agreement they belong to (a change of official writes
    /// two streams), with their integration messages, in one transaction.
    /// </summary>
    public async Task<Dictionary<AgreementId, long>> AppendAsync(RegionCode region, Actor actor, string? reason,
        IReadOnlyList<(AgreementId Id, Agreement? State, long Version)> known, IReadOnlyList<IAgreementEvent> events, CancellationToken cancellationToken = default)
    {
        await using var session = store.OpenSession(new EventMetadata(region.Value, actor.Id, reason));
        var streams = events.GroupBy(e => e.Agreement).ToList();
        foreach (var stream in streams)
        {
            var before = known.FirstOrDefault(k => k.Id == stream.Key);
            object[] appended = [.. stream];
            if (before.State is null)
            {
                session.StartStream(AgreementStream(stream.Key), AgreementStreamType, appended);
            }
            else
            {
                session.Append(AgreementStream(stream.Key), before.Version, appended);
            }
            foreach (var message in IntegrationEvents.For(before.State, stream))
            {
                session.Enqueue(message, AgreementStream(stream.Key));
            }
        }
        await session.SaveChangesAsync(cancellationToken);
        return session.Appended.GroupBy(e => e.StreamId).ToDictionary(g => AgreementId.From(g.Key["agreement-".Length..]), g => g.Max(e => e.Version));
    }

    /// <summary>Decides against the region's registry as stored and appends what was decided.</summary>
    public async Task<Outcome<IOrganisationEvent>> HandleOrganisationAsync(RegionCode region, Actor actor,
        Func<OrganisationRegistry, Decision<IOrganisationEvent>> decide, CancellationToken cancellationToken = default)
    {
        var (state, version) = await LoadRegistryAsync(region, cancellationToken);
        var decision = decide(state);
        if (!decision.IsAccepted || decision.Events.Count == 0)
        {
            return new Outcome<IOrganisationEvent>(decision, version);
        }
        try
        {
            return new Outcome<IOrganisationEvent>(decision, await AppendOrganisationAsync(region, actor, version, decision.Events, cancellationToken));
        }
        catch (ConcurrencyException e)
        {
            return new Outcome<IOrganisationEvent>(Decision.Conflict<IOrganisationEvent>("region", $"The registry of {region} changed meanwhile (now at version {e.Actual}): try again."), e.Actual, e.Actual);
        }
    }

    public async Task<long> AppendOrganisationAsync(RegionCode region, Actor actor, long expected, IReadOnlyList<IOrganisationEvent> events, CancellationToken cancellationToken = default)
    {
        await using var session = store.OpenSession(new EventMetadata(region.Value, actor.Id));
        object[] appended = [.. events];
        if (expected == 0)
        {
            session.StartStream(OrganisationStream(region), OrganisationStreamType, appended);
        }
        else
        {
            session.Append(OrganisationStream(region), expected, appended);
        }
        await session.SaveChangesAsync(cancellationToken);
        return session.Appended[^1].Version;
    }
}
