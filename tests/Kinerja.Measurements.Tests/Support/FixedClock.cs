namespace Kinerja.Measurements.Tests.Support;

/// <summary>A clock that says what the test tells it.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset AprilFifth = new(2025, 4, 5, 3, 0, 0, TimeSpan.Zero);

    public DateTimeOffset Now { get; set; } = now;

    public FixedClock() : this(AprilFifth)
    {
    }

    public override DateTimeOffset GetUtcNow() => Now;
}
