using Kinerja.Evaluations.Calculating;

namespace Kinerja.Evaluations.Tests.Calculating;

/// <summary>Builds engine inputs the way the service will from agreement and realisation events.</summary>
internal static class An
{
    public const int Year = 2026;

    public static readonly TargetSource Agreement = new(Guid.Parse("6c1f3a52-0000-4000-8000-000000000001"), 3);

    public static CalculationRules Rules(
        NegativeFormula negative = NegativeFormula.TwiceTargetMinusRealisation,
        ScoreCap? cap = null,
        bool weighted = false,
        ZeroTargetRule? zero = null) =>
        new()
        {
            RegionCode = "64.02",
            Version = 2,
            EffectiveFrom = new DateOnly(2026, 1, 1),
            NegativeFormula = negative,
            Cap = cap,
            Weighted = weighted,
            ZeroTarget = zero ?? ZeroTargetRule.Default,
        };

    /// <summary>A quarterly (or other) indicator; targets and realisations are given per period in order (null = none).</summary>
    public static IndicatorInput Indicator(
        decimal?[] targets,
        decimal?[] realisations,
        Consolidation consolidation = Consolidation.Sum,
        TargetAccumulation accumulation = TargetAccumulation.PerPeriod,
        Polarity polarity = Polarity.Positive,
        decimal? annual = null,
        decimal weight = 1,
        string name = "Jumlah desa dengan akses air bersih",
        Frequency frequency = Frequency.Quarterly) =>
        new()
        {
            Id = new IndicatorId(Guid.NewGuid()),
            Name = name,
            Year = Year,
            Polarity = polarity,
            Consolidation = consolidation,
            Frequency = frequency,
            Accumulation = accumulation,
            Weight = weight,
            AnnualTarget = annual is { } a ? new PeriodTarget(ReportingPeriod.WholeYear(Year), TargetValue.Of(a), Agreement) : null,
            PeriodTargets = targets
                .Select((t, i) => t is { } value ? new PeriodTarget(new ReportingPeriod(Year, frequency, i + 1), TargetValue.Of(value), Agreement) : null)
                .OfType<PeriodTarget>()
                .ToList(),
            Realisations = realisations
                .Select((r, i) => r is { } value ? Realisation(new ReportingPeriod(Year, frequency, i + 1), value) : null)
                .OfType<VerifiedRealisation>()
                .ToList(),
        };

    /// <summary>An annual indicator with one target and, if given, one realisation.</summary>
    public static IndicatorInput Annual(TargetValue target, decimal? realisation, Polarity polarity = Polarity.Positive, bool maximum = false) =>
        new()
        {
            Id = new IndicatorId(Guid.NewGuid()),
            Name = "Indikator tahunan",
            Year = Year,
            Polarity = polarity,
            Consolidation = Consolidation.Last,
            Frequency = Frequency.Annual,
            TargetIsMaximum = maximum,
            AnnualTarget = new PeriodTarget(ReportingPeriod.WholeYear(Year), target, Agreement),
            Realisations = realisation is { } r ? [Realisation(ReportingPeriod.WholeYear(Year), r)] : [],
        };

    public static VerifiedRealisation Realisation(ReportingPeriod period, decimal value, int version = 1) =>
        new(new RealisationId(Guid.NewGuid()), version, period, value);

    public static ObjectiveInput Objective(string name, decimal weight, params IndicatorInput[] indicators) =>
        new() { Id = new ObjectiveId(Guid.NewGuid()), Name = name, Weight = weight, Indicators = indicators };

    public static AgreementInput AgreementOf(params ObjectiveInput[] objectives) =>
        new() { AgreementId = Agreement.AgreementId, Version = Agreement.AgreementVersion, RegionCode = "64.02", Year = Year, Objectives = objectives };

    public static ReportingPeriod Tw(int quarter) => ReportingPeriod.Quarter(Year, quarter);

    public static ReportingPeriod WholeYear => ReportingPeriod.WholeYear(Year);
}
