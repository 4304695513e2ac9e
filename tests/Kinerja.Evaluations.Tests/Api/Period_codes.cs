using Kinerja.Evaluations.Calculating;
using Kinerja.Evaluations.Evaluating;

namespace Kinerja.Evaluations.Tests.Api;

/// <summary>Period codes as Measurements writes them and as evaluations publish them.</summary>
public sealed class Period_codes
{
    [Theory]
    [InlineData("2026-Q2", "2026-TW2", "Quarterly")]
    [InlineData("2026-TW4", "2026-TW4", "Quarterly")]
    [InlineData("2026-M07", "2026-M07", "Monthly")]
    [InlineData("2026-S1", "2026-S1", "Semester")]
    [InlineData("2026", "2026", "Final")]
    public void a_period_written_either_way_reads_as_one_code(string written, string published, string kind)
    {
        EvaluationPeriods.TryParse(written, out var period).ShouldBeTrue();

        EvaluationPeriods.Format(period).ShouldBe(published);
        EvaluationPeriods.Kind(period).ShouldBe(kind);
    }

    [Theory]
    [InlineData("2026-Q5")]
    [InlineData("2026-M13")]
    [InlineData("2026-S0")]
    [InlineData("TW1")]
    [InlineData("")]
    [InlineData(null)]
    public void anything_else_is_not_a_period(string? written) => EvaluationPeriods.TryParse(written, out _).ShouldBeFalse();

    [Fact]
    public void the_last_quarter_month_or_semester_ends_the_year_and_its_last_day_is_new_years_eve()
    {
        new[] { ReportingPeriod.Quarter(2026, 4), ReportingPeriod.Month(2026, 12), ReportingPeriod.Semester(2026, 2) }
            .ShouldAllBe(p => EvaluationPeriods.EndsYear(p));
        EvaluationPeriods.EndsYear(ReportingPeriod.Quarter(2026, 3)).ShouldBeFalse();
        EvaluationPeriods.LastDay(ReportingPeriod.Quarter(2026, 1)).ShouldBe(new DateOnly(2026, 3, 31));
    }
}
