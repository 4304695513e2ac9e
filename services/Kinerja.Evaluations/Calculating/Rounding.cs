using System.Globalization;

namespace Kinerja.Evaluations.Calculating;

/// <summary>
/// Computation keeps full decimal precision; only what people read is rounded, to 2 decimals, half away
/// from zero (the way Indonesian reports round by hand), and written the Indonesian way (1.234,56).
/// </summary>
internal static class Rounding
{
    public const int DisplayDecimals = 2;

    private static readonly NumberFormatInfo Indonesian = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NegativeSign = "−",
    };

    public static decimal ForDisplay(decimal value) => Math.Round(value, DisplayDecimals, MidpointRounding.AwayFromZero);

    /// <summary>A computed figure: always two decimals, e.g. <c>80,00</c>.</summary>
    public static string Result(decimal value) => ForDisplay(value).ToString("#,##0.00", Indonesian);

    /// <summary>An input without invented decimals, e.g. <c>12</c> or <c>12,5</c> (at most 4 decimals: means can be long).</summary>
    public static string Input(decimal value) => value.ToString("#,##0.####", Indonesian);
}
