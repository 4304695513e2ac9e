namespace Kinerja.Agreements.Decisions;

internal static class ValidationErrorsExtensions
{
    public static ValidationErrors AddAll(this ValidationErrors errors, ValidationErrors more)
    {
        foreach (var (field, messages) in more.ToDictionary())
        {
            foreach (var message in messages)
            {
                errors.Add(field, message);
            }
        }
        return errors;
    }

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
