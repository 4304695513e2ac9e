using System.Globalization;
using System.Numerics;

namespace Kinerja.Web.Components.Pages;

/// <summary>
/// Reads a number from the page's address. Pages take such query values as text and read them here, rather than
/// letting the framework convert them: a value that is not a number (<c>?tahun=dua</c>) is the user's address, not a
/// server fault, and the error page answers it 400 naming the value and the field.
/// </summary>
internal static class QueryNumber
{
    public static int? Int32(string? raw, string field) => Read<int>(raw, field);

    public static long? Int64(string? raw, string field) => Read<long>(raw, field);

    private static T? Read<T>(string? raw, string field) where T : struct, IBinaryInteger<T> =>
        string.IsNullOrWhiteSpace(raw) ? null
        : T.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
        : throw new UnreadableQueryValueException(field, raw);
}

/// <summary>A query value of the address that the page cannot read; answered 400 by the error page.</summary>
internal sealed class UnreadableQueryValueException(string field, string value)
    : Exception($"The value '{value}' for '{field}' in the address is not a number.")
{
    public string Field { get; } = field;
    public string Value { get; } = value;
}
