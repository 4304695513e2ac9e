using System.Globalization;
using System.Text.RegularExpressions;
using static System.FormattableString;

namespace Kinerja.Evaluations.Evaluating;

/// <summary>
/// Period codes on the wire: Measurements writes <c>2026-Q2</c>, evaluations publish <c>2026-TW2</c>; both, and
/// <c>2026-M07</c>, <c>2026-S1</c> and <c>2026</c> (the year, the final evaluation), are read.
/// </summary>
internal static partial class EvaluationPeriods
{
    public static bool TryParse(string? text, out ReportingPeriod period)
    {
        period = default;
        var match = text is null ? Match.Empty : Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (!match.Groups["kind"].Success)
        {
            period = ReportingPeriod.WholeYear(year);
            return true;
        }
        var number = int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
        var frequency = match.Groups["kind"].Value switch
        {
            "M" => Frequency.Monthly,
            "S" => Frequency.Semester,
            _ => Frequency.Quarterly,
        };
        if (number < 1 || number > frequency.PeriodsPerYear())
        {
            return false;
        }
        period = new ReportingPeriod(year, frequency, number);
        return true;
    }

    public static string Format(ReportingPeriod period) => period.Frequency switch
    {
        Frequency.Monthly => Invariant($"{period.Year}-M{period.Number:00}"),
        Frequency.Quarterly => Invariant($"{period.Year}-TW{period.Number}"),
        Frequency.Semester => Invariant($"{period.Year}-S{period.Number}"),
        _ => Invariant($"{period.Year}"),
    };

    /// <summary>The canonical code of a period written either way, or the text unchanged when it is not a period.</summary>
    public static string Normalise(string text) => TryParse(text, out var period) ? Format(period) : text;

    public static string Kind(ReportingPeriod period) => period.Frequency == Frequency.Annual ? "Final" : period.Frequency.ToString();

    /// <summary>The last period of the year at its frequency: closing it makes the year's final evaluation due.</summary>
    public static bool EndsYear(ReportingPeriod period) => period.EndMonth == 12;

    public static DateOnly LastDay(ReportingPeriod period) =>
        new(period.Year, period.EndMonth, DateTime.DaysInMonth(period.Year, period.EndMonth));

    [GeneratedRegex(@"^(?<year>\d{4})(-(?<kind>M|Q|TW|S)(?<number>\d{1,2}))?$")]
    private static partial Regex Pattern();
}
