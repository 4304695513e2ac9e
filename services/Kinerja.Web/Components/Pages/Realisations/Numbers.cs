using System.Globalization;
using Kinerja.Web.Localization;

namespace Kinerja.Web.Components.Pages.Realisations;

/// <summary>Numbers written the way the reader's language writes them (1.234,5 in Indonesian, 1,234.5 in English).</summary>
internal static class Numbers
{
    public static string Show(decimal? value, Texts T) => value is { } v
        ? v.ToString("#,0.##", CultureInfo.GetCultureInfo(T.Language == "en" ? "en-GB" : "id-ID"))
        : "—";

    /// <summary>Reads a value as typed: a number input sends 1234.5; people also type 1.234,5 or 1234,5.</summary>
    public static bool TryRead(string? text, out decimal value)
    {
        value = 0;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return false;
        }
        if (decimal.TryParse(trimmed, NumberStyles.Number, CultureInfo.InvariantCulture, out value) && !(trimmed.Contains(',') && !trimmed.Contains('.')))
        {
            return true;
        }
        return decimal.TryParse(trimmed, NumberStyles.Number, CultureInfo.GetCultureInfo("id-ID"), out value);
    }
}
