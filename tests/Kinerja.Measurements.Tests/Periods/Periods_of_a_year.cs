namespace Kinerja.Measurements.Tests.Periods;

public class Periods_of_a_year
{
    [Theory]
    [InlineData("2025-M03", "Maret 2025")]
    [InlineData("2025-Q2", "TW II 2025")]
    [InlineData("2025-S2", "Semester II 2025")]
    [InlineData("2025", "Tahun 2025")]
    public void a_period_reads_back_as_written_and_has_its_indonesian_label(string text, string label)
    {
        var period = Period.Parse(text);

        period.ToString().ShouldBe(text);
        period.Label.ShouldBe(label);
    }

    [Theory]
    [InlineData("2025-Q5")]
    [InlineData("2025-M13")]
    [InlineData("2025-M0")]
    [InlineData("1999")]
    [InlineData("TW II")]
    [InlineData("")]
    public void a_period_that_does_not_exist_does_not_parse(string text) => Period.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void a_quarter_contains_its_months_and_itself_but_not_its_semester()
    {
        var q2 = Period.Quarter(2025, 2);

        q2.Contains(Period.Month(2025, 4)).ShouldBeTrue();
        q2.Contains(Period.Month(2025, 6)).ShouldBeTrue();
        q2.Contains(q2).ShouldBeTrue();
        q2.Contains(Period.Month(2025, 7)).ShouldBeFalse();
        q2.Contains(Period.Semester(2025, 1)).ShouldBeFalse();
        q2.Contains(Period.Month(2024, 5)).ShouldBeFalse();
        Period.Annual(2025).Contains(Period.Month(2025, 12)).ShouldBeTrue();
        q2.End.ShouldBe(new DateOnly(2025, 6, 30));
    }

    [Fact]
    public void each_frequency_has_its_number_of_periods_in_a_year()
    {
        Period.AllOf(Frequency.Monthly, 2025).Count.ShouldBe(12);
        Period.AllOf(Frequency.Quarterly, 2025).Count.ShouldBe(4);
        Period.AllOf(Frequency.Semester, 2025).Count.ShouldBe(2);
        Period.AllOf(Frequency.Annual, 2025).ShouldBe([Period.Annual(2025)]);
    }

    [Fact]
    public void region_codes_are_provinces_or_regencies()
    {
        RegionCode.TryParse("64.02", out _).ShouldBeTrue();
        RegionCode.TryParse("64", out _).ShouldBeTrue();
        RegionCode.TryParse("64.2", out _).ShouldBeFalse();
        RegionCode.TryParse("Kukar", out _).ShouldBeFalse();
    }
}
