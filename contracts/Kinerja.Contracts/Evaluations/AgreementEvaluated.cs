using MassTransit;

namespace Kinerja.Contracts.Evaluations;

/// <summary>
/// An agreement was evaluated for a period: periodic (a month, quarter or semester, year to date) or final (the
/// year-end result). This is what HR systems derive an official's SKP and allowance from. A later evaluation of
/// the same agreement and period supersedes this one: it names this one in <see cref="Supersedes"/>, and an
/// <see cref="EvaluationSuperseded"/> message follows.
/// </summary>
/// <param name="EvaluationId">This evaluation's id; never reused.</param>
/// <param name="Supersedes">The evaluation this one replaces (after a target revision or a corrected realisation), or null.</param>
/// <param name="AgreementId">The agreement evaluated.</param>
/// <param name="AgreementVersion">The agreement version whose targets were used.</param>
/// <param name="RegionCode">Kemendagri code of the region (tenant), e.g. <c>64.02</c>.</param>
/// <param name="FiscalYear">The agreement's year.</param>
/// <param name="Period">The period evaluated up to: <c>2026-TW2</c>, <c>2026-M07</c>, <c>2026-S1</c>, or <c>2026</c> for the final result.</param>
/// <param name="PeriodKind"><c>Monthly</c>, <c>Quarterly</c>, <c>Semester</c> or <c>Final</c>.</param>
/// <param name="Receiver">The official who promised the targets (first party).</param>
/// <param name="IsUnitHeadResult">True when the receiver heads the unit: the unit's result is this agreement's.</param>
/// <param name="Achievement">Agreement achievement in percent, uncapped, rounded to 2 decimals; null when nothing was reported.</param>
/// <param name="Score">The score used for the rating (capped per the region's rule); null when nothing was reported.</param>
/// <param name="Rating">The rating the score falls in, and the scale and version that gave it.</param>
/// <param name="Indicators">Per-indicator figures.</param>
/// <param name="IndicatorsNotReported">How many indicators had no verified realisation (never counted as zero).</param>
/// <param name="EvaluatedAt">When the evaluation was made (UTC).</param>
/// <param name="OtherRatings">The same score rated on the other scales in force for the region and period (e.g. the employee
/// predicates of PermenPAN-RB 6/2022, SAKIP predicates), so a consumer's rule can name the scale it is written in.</param>
/// <param name="RulesVersion">The version of the calculation rules applied (negative formula, zero targets, cap, weighting).</param>
/// <param name="RulesRegionCode">The region whose rules were applied, or null for the national default rules.</param>
[MessageUrn("kinerja:evaluations:agreement-evaluated:v1")]
[EntityName("kinerja.evaluations.agreement-evaluated.v1")]
public sealed record AgreementEvaluated(
    string EvaluationId,
    string? Supersedes,
    string AgreementId,
    int AgreementVersion,
    string RegionCode,
    int FiscalYear,
    string Period,
    string PeriodKind,
    EvaluatedOfficial Receiver,
    bool IsUnitHeadResult,
    decimal? Achievement,
    decimal? Score,
    EvaluationRating? Rating,
    IReadOnlyList<EvaluatedIndicator> Indicators,
    int IndicatorsNotReported,
    DateTimeOffset EvaluatedAt,
    int? RulesVersion = null,
    string? RulesRegionCode = null,
    IReadOnlyList<EvaluationRating>? OtherRatings = null);
