using System.Globalization;

namespace Kinerja.EventStore;

/// <summary>
/// A place in the global order: the writing transaction's id, then the event's sequence number.
/// Readers only ever see positions below the oldest running transaction, so a position once passed
/// can never gain an earlier event (docs/adr/0002-global-order.md). Written as <c>"tx.seq"</c> in feeds.
/// </summary>
public readonly record struct EventPosition(long TransactionId, long Sequence) : IComparable<EventPosition>
{
    public static readonly EventPosition Start = new(0, 0);

    public int CompareTo(EventPosition other) =>
        TransactionId != other.TransactionId ? TransactionId.CompareTo(other.TransactionId) : Sequence.CompareTo(other.Sequence);

    public static bool operator <(EventPosition left, EventPosition right) => left.CompareTo(right) < 0;
    public static bool operator >(EventPosition left, EventPosition right) => left.CompareTo(right) > 0;
    public static bool operator <=(EventPosition left, EventPosition right) => left.CompareTo(right) <= 0;
    public static bool operator >=(EventPosition left, EventPosition right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{TransactionId}.{Sequence}");

    public static EventPosition Parse(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot > 0
            && long.TryParse(text.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var transaction)
            && long.TryParse(text.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? new EventPosition(transaction, sequence)
            : throw new FormatException($"'{text}' is not an event position (expected 'transaction.sequence').");
    }
}
