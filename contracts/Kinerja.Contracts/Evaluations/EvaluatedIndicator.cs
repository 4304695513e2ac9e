namespace Kinerja.Contracts.Evaluations;

/// <summary>One indicator's figures in an evaluation.</summary>
/// <param name="IndicatorId">The indicator's id in the agreement.</param>
/// <param name="ObjectiveId">The objective it measures.</param>
/// <param name="Name">E.g. <c>Angka Partisipasi Murni SD</c>.</param>
/// <param name="UnitOfMeasure">E.g. <c>%</c>, <c>km</c>, <c>orang</c>.</param>
/// <param name="Polarity"><c>Positive</c>, <c>Negative</c> or <c>Range</c>.</param>
/// <param name="Target">The target compared (consolidated up to the period), as text (a number or a range <c>80–90</c>).</param>
/// <param name="Realisation">The verified realisation compared (consolidated); null when not reported.</param>
/// <param name="Achievement">Achievement in percent, uncapped; null when not reported.</param>
/// <param name="Score">The capped score; null when not reported.</param>
/// <param name="Status"><c>Computed</c>, <c>NotReported</c>, <c>NoTarget</c> or <c>NotDue</c>.</param>
public sealed record EvaluatedIndicator(
    string IndicatorId,
    string ObjectiveId,
    string Name,
    string UnitOfMeasure,
    string Polarity,
    string Target,
    decimal? Realisation,
    decimal? Achievement,
    decimal? Score,
    string Status);
