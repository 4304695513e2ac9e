namespace Kinerja.Contracts.Agreements;

/// <summary>A performance indicator with its targets, and how achievement against them is computed.</summary>
/// <param name="Id">Stable within the agreement across versions, e.g. <c>IK-3</c>; realisations refer to it.</param>
/// <param name="Name">E.g. <c>Angka Partisipasi Murni SD</c>.</param>
/// <param name="UnitOfMeasure">The unit (satuan), e.g. <c>%</c>, <c>km</c>, <c>orang</c>.</param>
/// <param name="Polarity"><c>Positive</c> (higher is better), <c>Negative</c> (lower is better) or <c>Range</c>.</param>
/// <param name="Consolidation">How periods make the year: <c>Sum</c>, <c>Average</c> or <c>Last</c>.</param>
/// <param name="Accumulation"><c>PerPeriod</c> (each period's own target) or <c>Cumulative</c> (running total since 1 January).</param>
/// <param name="Frequency"><c>Monthly</c> (12 periods), <c>Quarterly</c> (4), <c>Semester</c> (2) or <c>Annual</c> (1).</param>
/// <param name="CalculationMethod">The formula, in words.</param>
/// <param name="DataSource">Where the realisation comes from.</param>
/// <param name="PersonResponsible">Who reports the realisation.</param>
/// <param name="Weight">Weight in percent of the agreement (all weights add up to 100), or null when unweighted.</param>
/// <param name="AnnualTarget">The target for the year.</param>
/// <param name="PeriodTargets">One entry per period of <paramref name="Frequency"/>, in order.</param>
/// <param name="Supports">The higher agreement's indicator this one supports (cascade), if linked.</param>
public sealed record AgreementIndicator(
    string Id,
    string Name,
    string UnitOfMeasure,
    string Polarity,
    string Consolidation,
    string Accumulation,
    string Frequency,
    string CalculationMethod,
    string DataSource,
    string PersonResponsible,
    decimal? Weight,
    AgreementTarget AnnualTarget,
    IReadOnlyList<AgreementPeriodTarget> PeriodTargets,
    AgreementIndicatorLink? Supports);
