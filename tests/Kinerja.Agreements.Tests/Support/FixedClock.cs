namespace Kinerja.Agreements.Tests.Support;

/// <summary>A clock the test moves by hand.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void MoveTo(int year, int month, int day) => Now = new DateTimeOffset(year, month, day, 2, 0, 0, TimeSpan.Zero);
}
