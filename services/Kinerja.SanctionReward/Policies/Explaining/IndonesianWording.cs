namespace Kinerja.SanctionReward.Policies.Explaining;

internal sealed class IndonesianWording : Wording
{
    private static readonly string[] Months =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    public override string If => "Jika";

    public override string And => "dan";

    public override string Or => "atau";

    public override char DecimalSeparator => ',';

    public override string RatingIs(string labels) => $"predikat {labels}";

    public override string AchievementBetween(string from, string below) => $"capaian {from} % sampai di bawah {below} %";

    public override string AchievementAtLeast(string from) => $"capaian paling sedikit {from} %";

    public override string AchievementBelow(string below) => $"capaian di bawah {below} %";

    public override string InEvaluation(PeriodKind kind) =>
        kind == PeriodKind.Final ? "pada evaluasi akhir tahun" : "pada evaluasi triwulanan";

    public override string Consecutive(int count, PeriodKind? kind) => kind switch
    {
        PeriodKind.Quarterly => $"selama {count} triwulan berturut-turut",
        PeriodKind.Final => $"selama {count} tahun berturut-turut",
        _ => $"selama {count} periode berturut-turut",
    };

    public override string ForOfficials(string echelons) => $"bagi pejabat {echelons}";

    public override string Echelon(Echelon echelon) => echelon == Policies.Echelon.JF ? "fungsional (JF)" : $"eselon {echelon}";

    public override string Recognition => "beri penghargaan";

    public override string WrittenWarning => "beri teguran tertulis";

    public override string Allowance(decimal percent, AllowanceTerm? term)
    {
        var verb = percent < 0 ? "potong" : "tambah";
        var per = term switch
        {
            AllowanceTerm.Monthly => " per bulan",
            AllowanceTerm.Yearly => " untuk setahun",
            _ => "",
        };
        return $"{verb} TPP {Number(Math.Abs(percent))} %{per}";
    }

    public override string Ceiling(string percent) => $"(paling banyak {percent} % setahun)";

    public override string ImprovementPlan(int months) => $"wajibkan rencana perbaikan kinerja dalam {months} bulan";

    public override string FollowUp(HrRecommendation recommendation) =>
        $"lalu, bila kinerja tidak membaik, {Recommend(recommendation)}";

    public override string Recommend(HrRecommendation recommendation) =>
        $"rekomendasikan {Thing(recommendation)} kepada pejabat yang berwenang di bidang kepegawaian";

    public override string PolicyHeading(Policy policy)
    {
        var owner = policy.Region is null ? "Kebijakan nasional (bawaan)" : $"Kebijakan wilayah {policy.Region}";
        var title = string.IsNullOrWhiteSpace(policy.Title) ? "" : $" \"{policy.Title}\"";
        var from = policy.EffectiveFrom is { } date ? $", berlaku mulai {Date(date)}" : ", tanggal berlaku belum ditetapkan";
        return $"{owner}{title} versi {policy.Version}{from}.";
    }

    public override string ScaleNote(string scaleId) => $"Predikat mengikuti skala {scaleId}.";

    public override string Date(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    private static string Thing(HrRecommendation recommendation) => recommendation switch
    {
        HrRecommendation.CompetencyReassessment => "uji kompetensi ulang",
        HrRecommendation.Transfer => "mutasi",
        _ => "penurunan jabatan",
    };
}
