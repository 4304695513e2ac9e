using System.Text.Json.Serialization;

namespace Kinerja.Agreements.Values;

/// <summary>How often an indicator is measured; it fixes how many per-period targets the indicator has.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Frequency>))]
internal enum Frequency
{
    Monthly,
    Quarterly,
    Semester,
    Annual,
}

/// <summary>
/// A period of a fiscal year in which an indicator is measured: month 1–12, quarter (triwulan, TW I–IV),
/// semester 1–2, or the whole year.
/// </summary>
internal readonly record struct Period(Frequency Frequency, int Number)
{
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    public static IReadOnlyList<Period> Of(Frequency frequency) =>
        Enumerable.Range(1, CountIn(frequency)).Select(n => new Period(frequency, n)).ToArray();

    public static int CountIn(Frequency frequency) => frequency switch
    {
        Frequency.Monthly => 12,
        Frequency.Quarterly => 4,
        Frequency.Semester => 2,
        _ => 1,
    };

    public static Period Quarter(int number) => new(Frequency.Quarterly, number);

    public static Period Month(int number) => new(Frequency.Monthly, number);

    public static Period Semester(int number) => new(Frequency.Semester, number);

    public static Period Year => new(Frequency.Annual, 1);

    private int Months => 12 / CountIn(Frequency);

    public DateOnly FirstDay(FiscalYear year) => new(year.Value, (Number - 1) * Months + 1, 1);

    public DateOnly LastDay(FiscalYear year) => FirstDay(year).AddMonths(Months).AddDays(-1);

    public override string ToString() => Frequency switch
    {
        Frequency.Monthly => $"M{Number:00}",
        Frequency.Quarterly => $"TW {Roman[Number - 1]}",
        Frequency.Semester => $"S{Number}",
        _ => "Year",
    };
}
