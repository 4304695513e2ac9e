namespace Kinerja.Agreements.Tests.Values;

public class RegionCodeTests
{
    [Theory]
    [InlineData("64", true)]
    [InlineData("64.02", false)]
    [InlineData("31.71", false)]
    [InlineData("96.01", false)]
    public void province_and_regency_codes_of_known_provinces_parse(string text, bool isProvince)
    {
        RegionCode.TryParse(text, out var code, out var error).ShouldBeTrue(error);
        code.Value.ShouldBe(text);
        code.IsProvince.ShouldBe(isProvince);
    }

    [Theory]
    [InlineData("", "required")]
    [InlineData("6402", "not a region code")]
    [InlineData("64.2", "not a region code")]
    [InlineData("64.02.01", "not a region code")]
    [InlineData("ab.cd", "not a region code")]
    [InlineData("20.01", "not one of the 38 province codes")]
    [InlineData("97", "not one of the 38 province codes")]
    [InlineData("64.00", "no regency or city")]
    public void malformed_or_unknown_codes_are_refused_with_a_plain_message(string text, string expected)
    {
        RegionCode.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldContain(expected);
    }

    [Fact]
    public void there_are_exactly_38_provinces_with_two_digit_codes() =>
        Provinces.ByCode.Keys.ShouldAllBe(code => code.Length == 2 && code.All(char.IsAsciiDigit), customMessage: $"{Provinces.ByCode.Count} provinces");

    [Fact]
    public void the_province_list_has_38_entries() => Provinces.ByCode.Count.ShouldBe(38);
}
