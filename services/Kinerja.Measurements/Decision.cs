namespace Kinerja.Measurements;

/// <summary>Why a command was refused; the HTTP edge maps these to 400, 403, 409 and 404.</summary>
internal enum Refusal
{
    Invalid,
    Forbidden,
    Conflict,
    NotFound,
}

/// <summary>
/// What a command decided: the events to append, or why nothing may be appended, with messages per field.
/// Never both, so a refused command can never leave half its effects behind.
/// </summary>
internal sealed record Decision
{
    private Decision(IReadOnlyList<IMeasurementEvent> events, Refusal? refusal, IReadOnlyDictionary<string, string[]> errors)
    {
        Events = events;
        Refusal = refusal;
        Errors = errors;
    }

    public IReadOnlyList<IMeasurementEvent> Events { get; }

    public Refusal? Refusal { get; }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public bool IsAccepted => Refusal is null;

    public static Decision Accept(params IMeasurementEvent[] events) =>
        new(events, null, new Dictionary<string, string[]>());

    public static Decision Refuse(Refusal refusal, ValidationErrors errors) =>
        new([], refusal, errors.ToDictionary().AsReadOnly());

    public static Decision Refuse(Refusal refusal, string field, string message) =>
        Refuse(refusal, new ValidationErrors().Add(field, message));
}
