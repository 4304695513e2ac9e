using System.Text.RegularExpressions;

namespace Kinerja.Evaluations.Rating;

/// <summary>Kemendagri region codes: a province is <c>64</c>, a kabupaten or kota <c>64.02</c>.</summary>
internal static partial class RegionCodes
{
    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code);

    [GeneratedRegex(@"^\d{2}(\.\d{2})?$")]
    private static partial Regex Pattern();
}
