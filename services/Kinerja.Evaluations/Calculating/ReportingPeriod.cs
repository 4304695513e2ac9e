namespace Kinerja.Evaluations.Calculating;

/// <summary>One period of a fiscal year at a given frequency: TW II 2026 is (2026, Quarterly, 2).</summary>
internal readonly record struct ReportingPeriod
{
    private static readonly string[] Months =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    public ReportingPeriod(int year, Frequency frequency, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, frequency.PeriodsPerYear());
        Year = year;
        Frequency = frequency;
        Number = number;
    }

    public int Year { get; }

    public Frequency Frequency { get; }

    public int Number { get; }

    /// <summary>The last calendar month the period covers (TW II → 6).</summary>
    public int EndMonth => Number * Frequency.MonthsPerPeriod();

    public string Label => Frequency switch
    {
        Frequency.Monthly => $"{Months[Number - 1]} {Year}",
        Frequency.Quarterly => $"TW {Roman[Number - 1]} {Year}",
        Frequency.Semester => $"Semester {Roman[Number - 1]} {Year}",
        _ => $"Tahun {Year}",
    };

    public static ReportingPeriod Month(int year, int month) => new(year, Frequency.Monthly, month);

    public static ReportingPeriod Quarter(int year, int quarter) => new(year, Frequency.Quarterly, quarter);

    public static ReportingPeriod Semester(int year, int semester) => new(year, Frequency.Semester, semester);

    public static ReportingPeriod WholeYear(int year) => new(year, Frequency.Annual, 1);

    /// <summary>The periods of <paramref name="frequency"/> that have ended by the end of this period, in order.</summary>
    public IReadOnlyList<ReportingPeriod> EndedPeriodsOf(Frequency frequency)
    {
        var year = Year;
        return Enumerable.Range(1, EndMonth / frequency.MonthsPerPeriod())
            .Select(number => new ReportingPeriod(year, frequency, number))
            .ToList();
    }

    public override string ToString() => Label;
}
