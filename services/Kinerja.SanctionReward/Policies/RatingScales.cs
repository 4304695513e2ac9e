namespace Kinerja.SanctionReward.Policies;

/// <summary>
/// The scales the shipped policies name. Scales themselves are data owned by the Evaluations service;
/// these ids and labels are what the shipped policies assume it publishes.
/// </summary>
internal static class RatingScales
{
    /// <summary>The default achievement scale (Permendagri 54/2010, 86/2017).</summary>
    public const string Achievement = "capaian-permendagri-86-2017";

    /// <summary>Employee performance predicates of PermenPAN-RB 6/2022.</summary>
    public const string EmployeePredicate = "pegawai-permenpanrb-6-2022";

    public static readonly IReadOnlyList<string> AchievementLabels =
        ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"];

    public static readonly IReadOnlyList<string> EmployeePredicateLabels =
        ["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang"];
}
