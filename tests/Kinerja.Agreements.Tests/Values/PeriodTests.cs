namespace Kinerja.Agreements.Tests.Values;

public class PeriodTests
{
    [Theory]
    [InlineData("Monthly", 12)]
    [InlineData("Quarterly", 4)]
    [InlineData("Semester", 2)]
    [InlineData("Annual", 1)]
    public void a_frequency_has_its_number_of_periods(string frequency, int count) => Period.Of(Enum.Parse<Frequency>(frequency)).Count.ShouldBe(count);

    [Fact]
    public void quarters_are_named_tw_i_to_iv_and_span_three_months()
    {
        Period.Of(Frequency.Quarterly).Select(p => p.ToString()).ShouldBe(["TW I", "TW II", "TW III", "TW IV"]);
        Period.Quarter(2).FirstDay(new FiscalYear(2026)).ShouldBe(new DateOnly(2026, 4, 1));
        Period.Quarter(2).LastDay(new FiscalYear(2026)).ShouldBe(new DateOnly(2026, 6, 30));
        Period.Semester(2).LastDay(new FiscalYear(2026)).ShouldBe(new DateOnly(2026, 12, 31));
        Period.Month(2).LastDay(new FiscalYear(2028)).ShouldBe(new DateOnly(2028, 2, 29));
    }

    [Fact]
    public void a_fiscal_year_outside_the_sakip_era_is_refused()
    {
        FiscalYear.TryCreate(1999, out _, out var error).ShouldBeFalse();
        error.ShouldContain("between 2000 and 2100");
        FiscalYear.TryCreate(2026, out _, out _).ShouldBeTrue();
    }

    [Fact]
    public void rupiah_amounts_add_and_print_in_indonesian_style()
    {
        (new Rupiah(1_000_000m) + new Rupiah(250_000m)).ShouldBe(new Rupiah(1_250_000m));
        new Rupiah(1_250_000m).ToString().ShouldBe("Rp 1.250.000");
        new Rupiah(-1m).IsNegative.ShouldBeTrue();
    }
}
