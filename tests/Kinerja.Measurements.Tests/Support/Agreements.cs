namespace Kinerja.Measurements.Tests.Support;

/// <summary>A signed agreement of Dinas Kesehatan, Kutai Kartanegara, 2025, with one indicator of each kind.</summary>
internal static class Agreements
{
    public static readonly RegionCode Region = RegionCode.Parse("64.02");
    public const string Unit = "dinkes";
    public const string ReceiverNip = "197001011995031001";
    public const string GiverNip = "196501011990031002";
    public const string ResponsibleNip = "198002022005011003";

    public static readonly AgreementId Id = new(Guid.Parse("7b0e4c1e-0000-4000-8000-000000000001"));

    /// <summary>Immunisation coverage, percent, quarterly, cumulative targets 25/50/75/95.</summary>
    public static readonly IndicatorId Coverage = new(Guid.Parse("1c000000-0000-4000-8000-000000000001"));

    /// <summary>Stunting cases, a count where lower is better, quarterly targets 120/110/100/90.</summary>
    public static readonly IndicatorId Stunting = new(Guid.Parse("1c000000-0000-4000-8000-000000000002"));

    /// <summary>Community satisfaction index, annual, range 80–90.</summary>
    public static readonly IndicatorId Satisfaction = new(Guid.Parse("1c000000-0000-4000-8000-000000000003"));

    /// <summary>Budget absorbed, Rupiah, monthly, no targets.</summary>
    public static readonly IndicatorId Budget = new(Guid.Parse("1c000000-0000-4000-8000-000000000004"));

    public static IndicatorFact CoverageFact(params decimal[] quarterTargets) => new(
        Coverage, "IKU-1", "Cakupan imunisasi dasar lengkap", "%", ValueKind.Percent, Polarity.Positive, Consolidation.Last,
        QuarterlyTargetKind.Cumulative, Frequency.Quarterly, ResponsibleNip,
        Quarters(quarterTargets.Length == 0 ? [25m, 50m, 75m, 95m] : quarterTargets));

    public static IndicatorFact StuntingFact() => new(
        Stunting, "IKU-2", "Jumlah kasus stunting", "kasus", ValueKind.Count, Polarity.Negative, Consolidation.Last,
        QuarterlyTargetKind.PerPeriod, Frequency.Quarterly, ReceiverNip, Quarters([120m, 110m, 100m, 90m]));

    public static IndicatorFact SatisfactionFact() => new(
        Satisfaction, "IKU-3", "Indeks kepuasan masyarakat", "indeks", ValueKind.Number, Polarity.Positive, Consolidation.Average,
        QuarterlyTargetKind.PerPeriod, Frequency.Annual, ReceiverNip, [new PeriodTargetFact(Period.Annual(2025), new Target.Range(80m, 90m))]);

    public static IndicatorFact BudgetFact() => new(
        Budget, "IKU-4", "Realisasi anggaran", "Rp", ValueKind.Rupiah, Polarity.Positive, Consolidation.Sum,
        QuarterlyTargetKind.PerPeriod, Frequency.Monthly, ReceiverNip, []);

    public static AgreementSignedFact Signed(AgreementId? id = null, string unit = Unit) => new(
        id ?? Id, 1, Region, unit, 2025,
        new Official(ReceiverNip, "dr. Andi Pratama", "Kepala Dinas Kesehatan"), GiverNip,
        [CoverageFact(), StuntingFact(), SatisfactionFact(), BudgetFact()]);

    public static RevisionApprovedFact Revised(int version, params decimal[] coverageTargets) => new(
        Id, version, "APBD-Perubahan", [CoverageFact(coverageTargets), StuntingFact(), SatisfactionFact(), BudgetFact()]);

    public static MeasurementPlan Plan() => MeasurementPlan.From(Signed());

    private static PeriodTargetFact[] Quarters(decimal[] targets) =>
        targets.Select((t, i) => new PeriodTargetFact(Period.Quarter(2025, i + 1), new Target.Point(t))).ToArray();
}
