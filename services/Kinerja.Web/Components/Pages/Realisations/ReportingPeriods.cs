using Kinerja.Web.Localization;

namespace Kinerja.Web.Components.Pages.Realisations;

/// <summary>
/// Periods as Measurements writes them (<c>2026-Q2</c>, <c>2026</c>) and as people read them (TW II 2026). A quarter
/// includes the months inside it, so choosing TW II shows monthly indicators' April–June too.
/// </summary>
internal static class ReportingPeriods
{
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    public static string Quarter(int year, int quarter) => $"{year}-Q{quarter}";

    public static string QuarterOf(DateTimeOffset day) => Quarter(day.Year, (day.Month - 1) / 3 + 1);

    /// <summary>The periods offered for entry in a year: its four quarters (TW I–IV) and the year itself (annual indicators).</summary>
    public static IReadOnlyList<string> OfYear(int year) => [.. Enumerable.Range(1, 4).Select(q => Quarter(year, q)), year.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    public static bool IsValid(string? period) =>
        period is { Length: >= 4 } && int.TryParse(period[..4], out var year) && OfYear(year).Contains(period);

    public static int YearOf(string period) => int.Parse(period[..4], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"TW II 2026" for a quarter, "Tahun 2026" / "Year 2026" for the year.</summary>
    public static string Label(string period, Texts T) => period.Length > 5 && period[5] == 'Q'
        ? $"TW {Roman[period[6] - '1']} {period[..4]}"
        : T.Format("realisations.period.year", period[..4]);

    /// <summary>
    /// The period to open with: the current quarter, or when it is closed the latest quarter of the year that has begun
    /// and is still open, or the current quarter anyway (it then shows read-only).
    /// </summary>
    public static string Default(DateTimeOffset today, IReadOnlyCollection<string> closed)
    {
        var current = (today.Month - 1) / 3 + 1;
        return Enumerable.Range(1, current).Reverse().Select(q => Quarter(today.Year, q))
            .FirstOrDefault(p => !closed.Contains(p) && !closed.Contains(today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            ?? Quarter(today.Year, current);
    }
}
