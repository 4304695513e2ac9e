namespace Kinerja.Evaluations.Rating;

/// <summary>
/// The national default scales, seeded as data. Regions override them with their own versions; the seed is
/// never edited in place, a change is a new version with a later effective date.
/// </summary>
internal static class NationalScales
{
    /// <summary>Achievement scale of Permendagri 54/2010 and 86/2017, used in many LKjIPs.</summary>
    public static RatingScale Achievement { get; } = new()
    {
        Id = "capaian-permendagri-86-2017",
        Purpose = ScalePurpose.Achievement,
        Version = 1,
        EffectiveFrom = new DateOnly(2017, 1, 1),
        Name = "Skala capaian kinerja 5 tingkat (Permendagri 86/2017)",
        Bands =
        [
            new(91m, null, "Sangat Tinggi", "Very high"),
            new(76m, 91m, "Tinggi", "High"),
            new(66m, 76m, "Sedang", "Medium"),
            new(51m, 66m, "Rendah", "Low"),
            new(null, 51m, "Sangat Rendah", "Very low"),
        ],
    };

    /// <summary>
    /// SAKIP evaluation predicates (PermenPAN-RB 88/2021). The regulation says "more than 90": scores are rated
    /// at 2 decimals, so "> 90" is "≥ 90,01".
    /// </summary>
    public static RatingScale Sakip { get; } = new()
    {
        Id = "sakip-permenpanrb-88-2021",
        Purpose = ScalePurpose.Sakip,
        Version = 1,
        EffectiveFrom = new DateOnly(2021, 1, 1),
        Name = "Predikat evaluasi SAKIP (PermenPAN-RB 88/2021)",
        Bands =
        [
            new(90.01m, null, "Sangat Memuaskan", "Excellent", "AA"),
            new(80.01m, 90.01m, "Memuaskan", "Very good", "A"),
            new(70.01m, 80.01m, "Sangat Baik", "Good", "BB"),
            new(60.01m, 70.01m, "Baik", "Fairly good", "B"),
            new(50.01m, 60.01m, "Cukup", "Adequate", "CC"),
            new(30.01m, 50.01m, "Kurang", "Poor", "C"),
            new(null, 30.01m, "Sangat Kurang", "Very poor", "D"),
        ],
    };

    /// <summary>
    /// Employee performance predicates of PermenPAN-RB 6/2022 on the numeric score regions use for the
    /// allowance (TPP): 110 and above, 90–&lt;110, 70–&lt;90, 50–&lt;70, below 50.
    /// </summary>
    public static RatingScale Employee { get; } = new()
    {
        Id = "pegawai-permenpanrb-6-2022",
        Purpose = ScalePurpose.Employee,
        Version = 1,
        EffectiveFrom = new DateOnly(2022, 1, 1),
        Name = "Predikat kinerja pegawai (PermenPAN-RB 6/2022)",
        Bands =
        [
            new(110m, null, "Sangat Baik", "Very good"),
            new(90m, 110m, "Baik", "Good"),
            new(70m, 90m, "Butuh Perbaikan", "Needs improvement"),
            new(50m, 70m, "Kurang", "Poor"),
            new(null, 50m, "Sangat Kurang", "Very poor"),
        ],
    };

    public static IReadOnlyList<RatingScale> All { get; } = [Achievement, Sakip, Employee];
}
