using System.Globalization;
using System.Text.RegularExpressions;

namespace Kinerja.Measurements.Periods;

/// <summary>
/// One reporting period of a fiscal year: a month, a quarter (triwulan, TW), a semester or the year.
/// Written <c>2025-M03</c>, <c>2025-Q2</c>, <c>2025-S1</c>, <c>2025</c> on the wire.
/// </summary>
internal readonly partial record struct Period : IComparable<Period>
{
    private static readonly string[] MonthNames =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    private Period(int year, Frequency frequency, int number)
    {
        if (year is < 2000 or > 2100)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "A fiscal year between 2000 and 2100.");
        }
        if (number < 1 || number > CountPerYear(frequency))
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, $"No {frequency} period {number}.");
        }
        Year = year;
        Frequency = frequency;
        Number = number;
    }

    public int Year { get; }

    public Frequency Frequency { get; }

    /// <summary>The month (1–12), quarter (1–4), semester (1–2) or 1 for the year.</summary>
    public int Number { get; }

    public static Period Month(int year, int month) => new(year, Frequency.Monthly, month);

    public static Period Quarter(int year, int quarter) => new(year, Frequency.Quarterly, quarter);

    public static Period Semester(int year, int semester) => new(year, Frequency.Semester, semester);

    public static Period Annual(int year) => new(year, Frequency.Annual, 1);

    /// <summary>Every period an indicator of this frequency has in the fiscal year, in order.</summary>
    public static IReadOnlyList<Period> AllOf(Frequency frequency, int year) =>
        Enumerable.Range(1, CountPerYear(frequency)).Select(n => new Period(year, frequency, n)).ToArray();

    public int FirstMonth => (Number - 1) * MonthsLong(Frequency) + 1;

    public int LastMonth => FirstMonth + MonthsLong(Frequency) - 1;

    public DateOnly Start => new(Year, FirstMonth, 1);

    public DateOnly End => new DateOnly(Year, LastMonth, 1).AddMonths(1).AddDays(-1);

    /// <summary>
    /// Whether <paramref name="other"/> lies inside this period: TW II contains April–June and itself.
    /// Closing and monitoring use it, so closing a quarter also locks its months.
    /// </summary>
    public bool Contains(Period other) => Year == other.Year && FirstMonth <= other.FirstMonth && other.LastMonth <= LastMonth;

    /// <summary>The name operators read, e.g. <c>TW II 2025</c>.</summary>
    public string Label => Frequency switch
    {
        Frequency.Monthly => $"{MonthNames[Number - 1]} {Year}",
        Frequency.Quarterly => $"TW {Roman(Number)} {Year}",
        Frequency.Semester => $"Semester {Roman(Number)} {Year}",
        _ => $"Tahun {Year}",
    };

    public override string ToString() => Frequency switch
    {
        Frequency.Monthly => string.Create(CultureInfo.InvariantCulture, $"{Year}-M{Number:00}"),
        Frequency.Quarterly => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Number}"),
        Frequency.Semester => string.Create(CultureInfo.InvariantCulture, $"{Year}-S{Number}"),
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        var match = text is null ? Match.Empty : Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var frequency = match.Groups["kind"].Value.ToUpperInvariant() switch
        {
            "M" => Frequency.Monthly,
            "Q" => Frequency.Quarterly,
            "S" => Frequency.Semester,
            _ => Frequency.Annual,
        };
        var number = match.Groups["number"].Success ? int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture) : 1;
        if (year is < 2000 or > 2100 || number < 1 || number > CountPerYear(frequency))
        {
            return false;
        }
        period = new Period(year, frequency, number);
        return true;
    }

    public static Period Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"'{text}' is not a period such as 2025-Q2, 2025-M03, 2025-S1 or 2025.");

    public int CompareTo(Period other) =>
        (Year, FirstMonth, -MonthsLong(Frequency)).CompareTo((other.Year, other.FirstMonth, -MonthsLong(other.Frequency)));

    private static int CountPerYear(Frequency frequency) => 12 / MonthsLong(frequency);

    private static int MonthsLong(Frequency frequency) => frequency switch
    {
        Frequency.Monthly => 1,
        Frequency.Quarterly => 3,
        Frequency.Semester => 6,
        _ => 12,
    };

    private static string Roman(int number) => number switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };

    [GeneratedRegex(@"^(?<year>\d{4})(-(?<kind>[MQSmqs])(?<number>\d{1,2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
