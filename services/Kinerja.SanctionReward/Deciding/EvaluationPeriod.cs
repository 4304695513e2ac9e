using Kinerja.SanctionReward.Policies;

namespace Kinerja.SanctionReward.Deciding;

/// <summary>A quarter (TW I–IV) of a fiscal year, or the year itself for the year-end evaluation.</summary>
internal sealed record EvaluationPeriod
{
    private EvaluationPeriod(int year, PeriodKind kind, int quarter)
    {
        Year = year;
        Kind = kind;
        Quarter = quarter;
    }

    public int Year { get; }

    public PeriodKind Kind { get; }

    /// <summary>1–4 for a quarter; 0 for the year-end evaluation.</summary>
    public int Quarter { get; }

    public static EvaluationPeriod Quarterly(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return new(year, PeriodKind.Quarterly, quarter);
    }

    public static EvaluationPeriod Final(int year) => new(year, PeriodKind.Final, 0);

    public DateOnly LastDay => Kind == PeriodKind.Final
        ? new DateOnly(Year, 12, 31)
        : new DateOnly(Year, Quarter * 3, 1).AddMonths(1).AddDays(-1);

    /// <summary>The period of the same kind just before this one; TW I follows the previous year's TW IV.</summary>
    public EvaluationPeriod Previous => Kind == PeriodKind.Final
        ? Final(Year - 1)
        : Quarter == 1 ? Quarterly(Year - 1, 4) : Quarterly(Year, Quarter - 1);

    /// <summary>Orders periods of one kind.</summary>
    public int Sequence => Kind == PeriodKind.Final ? Year : (Year * 4) + Quarter - 1;

    public override string ToString() => Kind == PeriodKind.Final ? $"{Year}" : $"{Year}-Q{Quarter}";
}
