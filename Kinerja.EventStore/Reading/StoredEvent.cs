namespace Kinerja.EventStore;

/// <summary>An event as stored: its data upcast to the current shape and deserialised.</summary>
public sealed record StoredEvent(
    Guid EventId,
    string StreamId,
    long Version,
    string TypeName,
    object Data,
    EventMetadata Metadata,
    DateTimeOffset RecordedAt,
    EventPosition Position);

/// <summary>Which events <see cref="EventStore.ReadAllAsync"/> returns: one region's, some types', or all.</summary>
public sealed record EventFilter(string? Tenant = null, IReadOnlyList<string>? Types = null)
{
    public static readonly EventFilter All = new();
}

/// <summary>A page of the global order; ask for the next one after <see cref="Next"/>.</summary>
public sealed record EventPage(IReadOnlyList<StoredEvent> Events, EventPosition Next);

/// <summary>An aggregate folded from its stream, with the version it reflects.</summary>
public sealed record Aggregated<T>(T State, long Version);
