using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kinerja.Agreements.Values;

/// <summary>A fiscal year; the Indonesian fiscal year is the calendar year.</summary>
[JsonConverter(typeof(FiscalYearJsonConverter))]
internal readonly record struct FiscalYear(int Value) : IComparable<FiscalYear>
{
    // SAKIP starts with Inpres 7/1999; nothing before it is a performance agreement.
    public const int First = 2000;
    public const int Last = 2100;

    public DateOnly FirstDay => new(Value, 1, 1);

    public DateOnly LastDay => new(Value, 12, 31);

    public FiscalYear Previous => new(Value - 1);

    public static bool TryCreate(int value, out FiscalYear year, [NotNullWhen(false)] out string? error)
    {
        year = new FiscalYear(value);
        error = value is < First or > Last ? $"The fiscal year must be between {First} and {Last}; it is {value}." : null;
        return error is null;
    }

    public int CompareTo(FiscalYear other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

internal sealed class FiscalYearJsonConverter : JsonConverter<FiscalYear>
{
    public override FiscalYear Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetInt32());

    public override void Write(Utf8JsonWriter writer, FiscalYear value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);
}
