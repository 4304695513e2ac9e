using Kinerja.ServiceDefaults.Problems;

namespace Kinerja.Agreements.Decisions;

/// <summary>How a command ended: accepted (events to append), invalid input (400) or refused by the current state (409).</summary>
internal enum Verdict
{
    Accepted,
    Invalid,
    Conflict,
}

/// <summary>
/// What a decide function answers: either every event to append, or the field-level reasons why nothing is
/// appended. Warnings travel with an accepted decision; they never block it.
/// </summary>
internal sealed record Decision<TEvent>(
    Verdict Verdict,
    IReadOnlyList<TEvent> Events,
    IReadOnlyDictionary<string, string[]> Errors,
    IReadOnlyList<string> Warnings)
{
    public bool IsAccepted => Verdict == Verdict.Accepted;

    public Decision<TEvent> WithWarnings(IEnumerable<string> warnings) => this with { Warnings = [.. Warnings, .. warnings] };
}

internal static class Decision
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public static Decision<TEvent> Accept<TEvent>(params IEnumerable<TEvent> events) => new(Verdict.Accepted, [.. events], NoErrors, []);

    public static Decision<TEvent> Invalid<TEvent>(ValidationErrors errors) =>
        new(Verdict.Invalid, [], new Dictionary<string, string[]>(errors.ToDictionary()), []);

    public static Decision<TEvent> Invalid<TEvent>(string field, string message) => Invalid<TEvent>(new ValidationErrors().Add(field, message));

    public static Decision<TEvent> Conflict<TEvent>(string field, string message) => Conflict<TEvent>(new ValidationErrors().Add(field, message));

    public static Decision<TEvent> Conflict<TEvent>(ValidationErrors errors) =>
        new(Verdict.Conflict, [], new Dictionary<string, string[]>(errors.ToDictionary()), []);
}

/// <summary>Who issues a command: the signed-in caller's subject and display name, recorded on every event.</summary>
internal sealed record Actor(string Id, string Name)
{
    public static Actor System { get; } = new("system", "Kinerja");
}
