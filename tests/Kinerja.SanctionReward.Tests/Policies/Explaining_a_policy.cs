using Kinerja.SanctionReward.Policies;
using Kinerja.SanctionReward.Policies.Explaining;
using static Kinerja.SanctionReward.Tests.TestPolicies;

namespace Kinerja.SanctionReward.Tests.Policies;

public sealed class Explaining_a_policy
{
    private static readonly PolicyRule VeryPoorQuarter = Cut("cut", "Sangat Kurang", -2m, ceiling: 10m);

    private static readonly PolicyRule SeniorsLowTwoQuarters = new()
    {
        Id = "low",
        AchievementFrom = 30m,
        AchievementBelow = 50.5m,
        PeriodKind = PeriodKind.Quarterly,
        ConsecutivePeriods = 2,
        Echelons = [Echelon.II, Echelon.III, Echelon.JF],
        Decision = DecisionKind.WrittenWarning,
    };

    [Fact]
    public void a_rule_reads_as_an_indonesian_sentence_by_default() =>
        PolicyExplanation.Explain(VeryPoorQuarter)
            .ShouldBe("Jika predikat Sangat Kurang pada evaluasi triwulanan, potong TPP 2 % per bulan (paling banyak 10 % setahun).");

    [Fact]
    public void a_rule_reads_as_an_english_sentence() =>
        PolicyExplanation.Explain(VeryPoorQuarter, Language.English)
            .ShouldBe("If the rating is Sangat Kurang in a quarterly evaluation, cut the allowance (TPP) by 2 % a month (at most 10 % a year).");

    [Fact]
    public void ranges_streaks_and_echelons_are_spelled_out_in_indonesian() =>
        PolicyExplanation.Explain(SeniorsLowTwoQuarters).ShouldBe(
            "Jika capaian 30 % sampai di bawah 50,5 % pada evaluasi triwulanan selama 2 triwulan berturut-turut "
            + "bagi pejabat eselon II, eselon III atau fungsional (JF), beri teguran tertulis.");

    [Fact]
    public void ranges_streaks_and_echelons_are_spelled_out_in_english() =>
        PolicyExplanation.Explain(SeniorsLowTwoQuarters, Language.English).ShouldBe(
            "If achievement is from 30 % to below 50.5 % in a quarterly evaluation for 2 consecutive quarters "
            + "for echelon II, echelon III or functional (JF) officials, issue a written warning.");

    [Fact]
    public void a_streak_of_any_period_kind_counts_periods() =>
        PolicyExplanation.Explain(SeniorsLowTwoQuarters with { PeriodKind = null, Echelons = null, AchievementFrom = null }).ShouldBe(
            "Jika capaian di bawah 50,5 % selama 2 periode berturut-turut, beri teguran tertulis.");

    [Fact]
    public void several_labels_and_a_lower_bound_read_naturally()
    {
        var rule = Warning("r", "Baik") with
        {
            Labels = ["Sangat Baik", "Baik"], AchievementFrom = 110m, PeriodKind = PeriodKind.Final, Decision = DecisionKind.Recognition,
        };

        PolicyExplanation.Explain(rule).ShouldBe("Jika predikat Sangat Baik atau Baik dan capaian paling sedikit 110 % pada evaluasi akhir tahun, beri penghargaan.");
        PolicyExplanation.Explain(rule, Language.English).ShouldBe(
            "If the rating is Sangat Baik or Baik and achievement is at least 110 % in the year-end evaluation, grant a recognition (penghargaan).");
    }

    [Fact]
    public void a_yearly_raise_reads_as_a_raise() =>
        PolicyExplanation.Explain(Cut("r", "Sangat Baik", 2.5m, kind: PeriodKind.Final) with { AllowanceTerm = AllowanceTerm.Yearly })
            .ShouldBe("Jika predikat Sangat Baik pada evaluasi akhir tahun, tambah TPP 2,5 % untuk setahun.");

    [Fact]
    public void a_fine_percentage_is_not_rounded() =>
        PolicyExplanation.Explain(Cut("r", "Kurang", -0.125m), Language.English)
            .ShouldBe("If the rating is Kurang in a quarterly evaluation, cut the allowance (TPP) by 0.125 % a month.");

    [Fact]
    public void an_improvement_plan_states_its_deadline_and_follow_up()
    {
        var rule = ShippedPolicies.KutaiKartanegaraExample.Rules.Single(r => r.Id == "senior-missed-year");

        PolicyExplanation.Explain(rule).ShouldBe(
            "Jika capaian di bawah 100 % pada evaluasi akhir tahun bagi pejabat eselon II, wajibkan rencana perbaikan kinerja dalam 6 bulan, "
            + "lalu, bila kinerja tidak membaik, rekomendasikan uji kompetensi ulang kepada pejabat yang berwenang di bidang kepegawaian.");
        PolicyExplanation.Explain(rule, Language.English).ShouldBe(
            "If achievement is below 100 % in the year-end evaluation for echelon II officials, require a performance improvement plan within 6 months, "
            + "then, if performance has not improved, recommend a competency re-assessment to the HR authority.");
    }

    [Theory]
    [InlineData(nameof(HrRecommendation.CompetencyReassessment), "uji kompetensi ulang", "a competency re-assessment")]
    [InlineData(nameof(HrRecommendation.Transfer), "mutasi", "a transfer")]
    [InlineData(nameof(HrRecommendation.Demotion), "penurunan jabatan", "a demotion")]
    public void an_hr_recommendation_names_what_the_hr_authority_should_consider(string recommended, string indonesian, string english)
    {
        var rule = Warning("r", "Sangat Kurang", PeriodKind.Final) with { Decision = DecisionKind.HrRecommendation, Recommendation = Enum.Parse<HrRecommendation>(recommended) };

        PolicyExplanation.Explain(rule).ShouldBe(
            $"Jika predikat Sangat Kurang pada evaluasi akhir tahun, rekomendasikan {indonesian} kepada pejabat yang berwenang di bidang kepegawaian.");
        PolicyExplanation.Explain(rule, Language.English).ShouldBe(
            $"If the rating is Sangat Kurang in the year-end evaluation, recommend {english} to the HR authority.");
    }

    [Fact]
    public void the_national_default_reads_as_a_heading_and_numbered_rules() =>
        PolicyExplanation.Explain(ShippedPolicies.NationalDefault).ShouldBe(
            """
            Kebijakan nasional (bawaan) "Kebijakan bawaan nasional" versi 1, berlaku mulai 1 Januari 2025.
            Predikat mengikuti skala capaian-permendagri-86-2017.
            1. Jika predikat Sangat Tinggi pada evaluasi akhir tahun, beri penghargaan. [recognise-very-high-year]
            2. Jika capaian di bawah 51 % pada evaluasi triwulanan selama 2 triwulan berturut-turut, beri teguran tertulis. [warn-two-low-quarters]
            3. Jika predikat Sangat Rendah pada evaluasi akhir tahun, wajibkan rencana perbaikan kinerja dalam 6 bulan. [improve-very-low-year]
            """);

    [Fact]
    public void a_regional_policy_reads_in_english_with_its_region_and_effective_date()
    {
        var lines = PolicyExplanation.Explain(ShippedPolicies.KutaiKartanegaraExample, Language.English).Split('\n');

        lines[0].ShouldBe(
            "Policy of region 64.02 \"Penghargaan dan sanksi TPP Kabupaten Kutai Kartanegara (contoh)\" version 1, in force from 1 January 2026.");
        lines[1].ShouldBe("Ratings are labels of the scale pegawai-permenpanrb-6-2022.");
        lines.Length.ShouldBe(2 + ShippedPolicies.KutaiKartanegaraExample.Rules.Count);
        lines[2].ShouldBe("1. If the rating is Sangat Kurang in a quarterly evaluation, cut the allowance (TPP) by 2 % a month (at most 6 % a year). [cut-very-poor-quarter]");
    }
}
