namespace Kinerja.Measurements.Tests.Support;

/// <summary>What every command test checks about a decision.</summary>
internal static class DecisionAssertions
{
    public static void ShouldBeRefused(this Decision decision, Refusal refusal, string field)
    {
        decision.IsAccepted.ShouldBeFalse();
        decision.Events.ShouldBeEmpty();
        decision.Refusal.ShouldBe(refusal);
        decision.Errors.Keys.ShouldContain(field);
    }

    public static T ShouldAcceptOne<T>(this Decision decision)
    {
        decision.Errors.ShouldBeEmpty();
        decision.IsAccepted.ShouldBeTrue();
        return decision.Events.ShouldHaveSingleItem().ShouldBeOfType<T>();
    }
}
