using Kinerja.Evaluations.Rating;

namespace Kinerja.Evaluations.Tests.Rating;

public sealed class Resolving_scales
{
    private static RatingScale Scale(string id, string? region, int version, DateOnly from, string purpose = ScalePurpose.Achievement) =>
        NationalScales.Achievement with { Id = id, RegionCode = region, Version = version, EffectiveFrom = from, Purpose = purpose };

    private static readonly RatingScale National = Scale("nasional", null, 1, new DateOnly(2017, 1, 1));
    private static readonly RatingScale National2026 = Scale("nasional", null, 2, new DateOnly(2026, 1, 1));
    private static readonly RatingScale Kukar = Scale("kukar", "64.02", 1, new DateOnly(2025, 7, 1));
    private static readonly RatingScale KukarCorrected = Scale("kukar", "64.02", 2, new DateOnly(2025, 7, 1));
    private static readonly RatingScale KukarSakip = Scale("kukar-sakip", "64.02", 1, new DateOnly(2020, 1, 1), ScalePurpose.Sakip);

    private static readonly RatingScale[] Scales = [National, National2026, Kukar, KukarSakip];

    private static RatingScale? Resolve(string region, DateOnly date, RatingScale[]? scales = null, string purpose = ScalePurpose.Achievement) =>
        RatingScale.InForceFor(scales ?? Scales, purpose, region, date);

    [Fact]
    public void a_region_override_in_force_wins_over_the_national_default()
    {
        Resolve("64.02", new DateOnly(2026, 3, 1)).ShouldBe(Kukar);
    }

    [Fact]
    public void before_its_effective_date_a_region_override_does_not_apply()
    {
        Resolve("64.02", new DateOnly(2025, 6, 30)).ShouldBe(National);
    }

    [Fact]
    public void another_region_gets_the_national_default_in_force_at_the_date()
    {
        Resolve("64.03", new DateOnly(2025, 12, 31)).ShouldBe(National);
        Resolve("64.03", new DateOnly(2026, 1, 1)).ShouldBe(National2026);
    }

    [Fact]
    public void on_the_same_effective_date_the_higher_version_wins()
    {
        Resolve("64.02", new DateOnly(2026, 3, 1), [National, KukarCorrected, Kukar]).ShouldBe(KukarCorrected);
    }

    [Fact]
    public void a_scale_of_another_purpose_is_never_picked()
    {
        Resolve("64.02", new DateOnly(2026, 3, 1), purpose: ScalePurpose.Sakip).ShouldBe(KukarSakip);
        Resolve("64.03", new DateOnly(2026, 3, 1), purpose: ScalePurpose.Sakip).ShouldBeNull();
    }

    [Fact]
    public void a_province_override_does_not_apply_to_its_regencies()
    {
        var province = Scale("kaltim", "64", 1, new DateOnly(2020, 1, 1));

        Resolve("64.02", new DateOnly(2021, 1, 1), [National, province]).ShouldBe(National);
    }
}
