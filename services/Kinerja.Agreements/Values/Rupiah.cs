using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kinerja.Agreements.Values;

/// <summary>An amount of money in Rupiah. Budgets are never negative; whether an amount is valid is checked where it is entered.</summary>
[JsonConverter(typeof(RupiahJsonConverter))]
internal readonly record struct Rupiah(decimal Amount) : IComparable<Rupiah>
{
    public static readonly Rupiah Zero = new(0m);

    public bool IsNegative => Amount < 0;

    public static Rupiah operator +(Rupiah left, Rupiah right) => new(left.Amount + right.Amount);

    public static bool operator <(Rupiah left, Rupiah right) => left.Amount < right.Amount;

    public static bool operator >(Rupiah left, Rupiah right) => left.Amount > right.Amount;

    public static bool operator <=(Rupiah left, Rupiah right) => left.Amount <= right.Amount;

    public static bool operator >=(Rupiah left, Rupiah right) => left.Amount >= right.Amount;

    public static Rupiah Sum(IEnumerable<Rupiah> amounts) => new(amounts.Sum(a => a.Amount));

    public int CompareTo(Rupiah other) => Amount.CompareTo(other.Amount);

    public override string ToString() => "Rp " + Amount.ToString("#,0.##", CultureInfo.GetCultureInfo("id-ID"));
}

internal sealed class RupiahJsonConverter : JsonConverter<Rupiah>
{
    public override Rupiah Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetDecimal());

    public override void Write(Utf8JsonWriter writer, Rupiah value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Amount);
}
