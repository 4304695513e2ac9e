namespace Kinerja.Agreements.Tests.Support;

internal static class Outcomes
{
    public static IReadOnlyList<TEvent> ShouldBeAccepted<TEvent>(this Decision<TEvent> decision)
    {
        decision.Verdict.ShouldBe(Verdict.Accepted, string.Join("; ", decision.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        return decision.Events;
    }

    public static IReadOnlyDictionary<string, string[]> ShouldBeInvalid<TEvent>(this Decision<TEvent> decision)
    {
        decision.Verdict.ShouldBe(Verdict.Invalid);
        decision.Events.ShouldBeEmpty();
        return decision.Errors;
    }

    public static IReadOnlyDictionary<string, string[]> ShouldBeConflict<TEvent>(this Decision<TEvent> decision)
    {
        decision.Verdict.ShouldBe(Verdict.Conflict);
        decision.Events.ShouldBeEmpty();
        return decision.Errors;
    }

    /// <summary>Asserts the decision was accepted and folds its events into the state.</summary>
    public static Agreement Then(this Agreement? state, Decision<IAgreementEvent> decision) =>
        decision.ShouldBeAccepted().Where(e => state is null || e.Agreement == state.Id).Aggregate(state, Agreement.Evolve)!;

    public static OrganisationRegistry Then(this OrganisationRegistry state, Decision<IOrganisationEvent> decision) =>
        decision.ShouldBeAccepted().Aggregate(state, (s, e) => s.Apply(e));
}
