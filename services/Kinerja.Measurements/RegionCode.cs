using System.Text.RegularExpressions;

namespace Kinerja.Measurements;

/// <summary>A Kemendagri region code: a province (<c>64</c>) or a kabupaten/kota (<c>64.02</c>). The tenant key.</summary>
internal readonly partial record struct RegionCode
{
    private RegionCode(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out RegionCode code)
    {
        code = default;
        if (text is null || !Pattern().IsMatch(text))
        {
            return false;
        }
        code = new RegionCode(text);
        return true;
    }

    public static RegionCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a region code such as 64 or 64.02.");

    public override string ToString() => Value;

    [GeneratedRegex(@"^\d{2}(\.\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
