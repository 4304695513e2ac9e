using Kinerja.Evaluations.Rating;

namespace Kinerja.Evaluations.Tests.Rating;

public sealed class Rating_with_scales
{
    [Theory]
    [InlineData("150", "Sangat Tinggi")]
    [InlineData("91", "Sangat Tinggi")]
    [InlineData("90.99", "Tinggi")]
    [InlineData("76", "Tinggi")]
    [InlineData("75.99", "Sedang")]
    [InlineData("66", "Sedang")]
    [InlineData("65.99", "Rendah")]
    [InlineData("51", "Rendah")]
    [InlineData("50.99", "Sangat Rendah")]
    [InlineData("0", "Sangat Rendah")]
    public void the_default_achievement_scale_has_five_bands_with_inclusive_lower_bounds(string score, string label)
    {
        NationalScales.Achievement.Rate(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)).Label.ShouldBe(label);
    }

    [Fact]
    public void a_score_is_rated_as_displayed_so_a_score_shown_as_91_00_is_very_high()
    {
        var rating = NationalScales.Achievement.Rate(90.996m);

        rating.RatedValue.ShouldBe(91.00m);
        rating.Label.ShouldBe("Sangat Tinggi");
        NationalScales.Achievement.Rate(90.994m).Label.ShouldBe("Tinggi");
    }

    [Theory]
    [InlineData("95", "AA")]
    [InlineData("90.01", "AA")]
    [InlineData("90", "A")]
    [InlineData("80.01", "A")]
    [InlineData("80", "BB")]
    [InlineData("70", "B")]
    [InlineData("60", "CC")]
    [InlineData("50", "C")]
    [InlineData("30.01", "C")]
    [InlineData("30", "D")]
    public void sakip_predicates_start_strictly_above_their_threshold(string score, string code)
    {
        NationalScales.Sakip.Rate(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)).Code.ShouldBe(code);
    }

    [Theory]
    [InlineData("120", "Sangat Baik")]
    [InlineData("110", "Sangat Baik")]
    [InlineData("100", "Baik")]
    [InlineData("89.99", "Butuh Perbaikan")]
    [InlineData("55", "Kurang")]
    [InlineData("10", "Sangat Kurang")]
    public void employee_predicates_follow_permenpan_rb_6_2022(string score, string label)
    {
        NationalScales.Employee.Rate(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)).Label.ShouldBe(label);
    }

    [Fact]
    public void every_seeded_scale_is_valid_and_national()
    {
        foreach (var scale in NationalScales.All)
        {
            scale.Validate().ToDictionary().ShouldBeEmpty(scale.Id);
            scale.RegionCode.ShouldBeNull();
        }
        NationalScales.All.Select(s => s.Purpose).ShouldBe([ScalePurpose.Achievement, ScalePurpose.Sakip, ScalePurpose.Employee]);
    }
}
