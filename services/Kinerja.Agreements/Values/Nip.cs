using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kinerja.Agreements.Values;

/// <summary>
/// A civil servant's NIP (Nomor Induk Pegawai): 18 digits made of the birth date (yyyymmdd), the month
/// of appointment as a candidate civil servant (TMT CPNS, yyyymm), the gender digit (1 man, 2 woman) and
/// a three-digit serial. Each part is checked so a transposed digit is caught at the edge.
/// </summary>
[JsonConverter(typeof(NipJsonConverter))]
internal readonly record struct Nip
{
    // PP 11/2017: a candidate civil servant is at least 18 years old when appointed.
    private const int MinimumAgeAtAppointment = 18;

    private Nip(string value) => Value = value;

    public string Value { get; }

    public DateOnly BirthDate => DateOnly.ParseExact(Value[..8], "yyyyMMdd", CultureInfo.InvariantCulture);

    public bool IsWoman => Value[14] == '2';

    public static bool TryParse(string? text, out Nip nip, [NotNullWhen(false)] out string? error)
    {
        nip = default;
        var value = (text ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (value.Length == 0)
        {
            error = "A NIP is required.";
            return false;
        }
        if (value.Length != 18 || !value.All(char.IsAsciiDigit))
        {
            error = $"A NIP has exactly 18 digits; '{value}' has {value.Count(char.IsAsciiDigit)} digits{(value.All(char.IsAsciiDigit) ? "" : " and other characters")}.";
            return false;
        }
        if (!DateOnly.TryParseExact(value[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth) || birth.Year < 1900)
        {
            error = $"The first 8 digits of a NIP are the birth date (yyyymmdd); '{value[..8]}' is not a real date.";
            return false;
        }
        var appointmentYear = int.Parse(value[8..12], CultureInfo.InvariantCulture);
        var appointmentMonth = int.Parse(value[12..14], CultureInfo.InvariantCulture);
        if (appointmentMonth is < 1 or > 12)
        {
            error = $"Digits 9 to 14 of a NIP are the month of appointment (yyyymm); '{value[8..14]}' has no month {appointmentMonth:00}.";
            return false;
        }
        var appointment = new DateOnly(appointmentYear, appointmentMonth, 1);
        if (appointment < new DateOnly(birth.Year + MinimumAgeAtAppointment, birth.Month, 1))
        {
            error = $"The NIP says the official was appointed in {value[8..12]}-{value[12..14]}, before turning {MinimumAgeAtAppointment} (born {birth:yyyy-MM-dd}).";
            return false;
        }
        if (value[14] is not ('1' or '2'))
        {
            error = $"Digit 15 of a NIP is the gender: 1 for a man, 2 for a woman; it is '{value[14]}'.";
            return false;
        }
        if (value[15..] == "000")
        {
            error = "The last 3 digits of a NIP are a serial number starting at 001; it is 000.";
            return false;
        }
        nip = new Nip(value);
        error = null;
        return true;
    }

    public static Nip Parse(string text) => TryParse(text, out var nip, out var error) ? nip : throw new FormatException(error);

    public override string ToString() => Value ?? "";
}

internal sealed class NipJsonConverter : JsonConverter<Nip>
{
    public override Nip Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Nip.Parse(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, Nip value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
