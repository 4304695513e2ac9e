using Kinerja.Evaluations.Rating;

namespace Kinerja.Evaluations.Tests.Rating;

public sealed class Validating_scales
{
    private static IDictionary<string, string[]> Errors(params RatingBand[] bands) =>
        (NationalScales.Achievement with { Bands = bands }).Validate().ToDictionary();

    [Fact]
    public void contiguous_bands_in_any_order_are_valid()
    {
        Errors(new(null, 50, "Kurang", "Poor"), new(75, null, "Baik", "Good"), new(50, 75, "Cukup", "Fair")).ShouldBeEmpty();
    }

    [Fact]
    public void a_gap_between_bands_is_reported_on_the_lower_bound_of_the_band_above_it()
    {
        var errors = Errors(new(91, null, "Sangat Tinggi", "Very high"), new(76, 90, "Tinggi", "High"), new(null, 76, "Rendah", "Low"));

        errors.Keys.ShouldBe(["bands[0].lower"]);
        errors["bands[0].lower"].ShouldBe(["Leaves a gap: scores from 90 to below 91 have no band."]);
    }

    [Fact]
    public void overlapping_bands_are_reported()
    {
        var errors = Errors(new(80, null, "Sangat Tinggi", "Very high"), new(null, 85, "Tinggi", "High"));

        errors["bands[0].lower"].ShouldBe(["Overlaps band 1: scores from 80 to below 85 are in both."]);
    }

    [Fact]
    public void missing_labels_are_reported_per_band()
    {
        var errors = Errors(new(50, null, "Baik", ""), new(null, 50, " ", "Poor"));

        errors.Keys.ShouldBe(["bands[0].labelEn", "bands[1].label"], ignoreOrder: true);
    }

    [Fact]
    public void the_scale_must_rate_every_score_from_minus_to_plus_infinity()
    {
        var errors = Errors(new(50, 100, "Baik", "Good"), new(0, 50, "Kurang", "Poor"));

        errors.Keys.ShouldBe(["bands[1].lower", "bands[0].upper"], ignoreOrder: true);
    }

    [Fact]
    public void only_one_band_may_be_open_at_each_end()
    {
        var errors = Errors(new(null, 50, "Kurang", "Poor"), new(null, 60, "Cukup", "Fair"), new(60, null, "Baik", "Good"));

        errors.ShouldContainKey("bands[1].lower");
    }

    [Fact]
    public void a_band_must_end_above_where_it_starts()
    {
        var errors = Errors(new(null, 50, "Kurang", "Poor"), new(50, 50, "Cukup", "Fair"), new(50, null, "Baik", "Good"));

        errors["bands[1].upper"].ShouldBe(["The upper bound must be above the lower bound."]);
    }

    [Fact]
    public void a_scale_needs_an_id_a_purpose_a_valid_region_a_version_and_bands()
    {
        var scale = NationalScales.Achievement with { Id = "", Purpose = " ", RegionCode = "6402", Version = 0, Bands = [] };

        scale.Validate().ToDictionary().Keys.ShouldBe(["id", "purpose", "regionCode", "version", "bands"], ignoreOrder: true);
    }
}
