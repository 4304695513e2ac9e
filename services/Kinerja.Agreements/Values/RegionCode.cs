using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kinerja.Agreements.Values;

/// <summary>
/// A Kemendagri region code: <c>PP</c> for a province or <c>PP.RR</c> for a regency or city. A well-formed
/// code is not yet a known region: a region exists for the system once its registry records it.
/// </summary>
[JsonConverter(typeof(RegionCodeJsonConverter))]
internal readonly record struct RegionCode
{
    private RegionCode(string value) => Value = value;

    public string Value { get; }

    public string ProvinceCode => Value[..2];

    public bool IsProvince => Value.Length == 2;

    public static bool TryParse(string? text, out RegionCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            error = "A region code is required.";
            return false;
        }
        var parts = value.Split('.');
        if (parts.Length > 2 || parts.Any(p => p.Length != 2 || !p.All(char.IsAsciiDigit)))
        {
            error = $"'{value}' is not a region code: write two digits for a province (64) or two pairs for a regency or city (64.02).";
            return false;
        }
        if (!Provinces.ByCode.ContainsKey(parts[0]))
        {
            error = $"'{parts[0]}' is not one of the 38 province codes.";
            return false;
        }
        if (parts.Length == 2 && parts[1] == "00")
        {
            error = $"'{value}' has no regency or city number after the province.";
            return false;
        }
        code = new RegionCode(value);
        error = null;
        return true;
    }

    public static RegionCode Parse(string text) =>
        TryParse(text, out var code, out var error) ? code : throw new FormatException(error);

    public override string ToString() => Value ?? "";
}

internal sealed class RegionCodeJsonConverter : JsonConverter<RegionCode>
{
    public override RegionCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        RegionCode.Parse(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, RegionCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
