namespace Kinerja.EventStore;

/// <summary>
/// What the caller believes the stream's version to be: a number (the last event's version),
/// <see cref="NoStream"/> for a stream that must not exist yet, or <see cref="Any"/> to skip the check.
/// </summary>
public readonly record struct ExpectedVersion(long Value)
{
    public static readonly ExpectedVersion Any = new(-1);
    public static readonly ExpectedVersion NoStream = new(0);

    public static ExpectedVersion Exactly(long version) =>
        version > 0 ? new(version) : throw new ArgumentOutOfRangeException(nameof(version), "A stream's first event has version 1.");

    public static implicit operator ExpectedVersion(long version) => version == 0 ? NoStream : Exactly(version);

    public override string ToString() => Value switch { -1 => "any", 0 => "no stream", _ => Value.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
