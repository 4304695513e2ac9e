namespace Kinerja.EventStore;

/// <summary>The stream moved on since the caller read it; nothing of the session was written.</summary>
public sealed class ConcurrencyException(string streamId, ExpectedVersion expected, long actual)
    : Exception($"Stream '{streamId}' was expected at version {expected} but is at version {actual}.")
{
    public string StreamId { get; } = streamId;
    public ExpectedVersion Expected { get; } = expected;
    /// <summary>The stream's current version (0 when it does not exist).</summary>
    public long Actual { get; } = actual;

    internal const string SqlState = "KN409";

    internal static ConcurrencyException From(PostgresException error)
    {
        // Raised by event_store.append_events as "concurrency:expected:actual:stream".
        var parts = error.MessageText.Split(':', 4);
        return new ConcurrencyException(parts[3], new ExpectedVersion(long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)),
            long.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
    }
}
