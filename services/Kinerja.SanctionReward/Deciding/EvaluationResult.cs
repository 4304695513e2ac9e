using Kinerja.SanctionReward.Policies;

namespace Kinerja.SanctionReward.Deciding;

/// <summary>
/// What the Evaluations service concluded for one agreement and period. <see cref="Achievement"/> is the
/// score the rating was taken from (possibly capped), in percent.
/// </summary>
internal sealed record EvaluationResult(
    EvaluationId EvaluationId,
    AgreementId AgreementId,
    string ReceiverNip,
    Echelon Echelon,
    string Region,
    EvaluationPeriod Period,
    decimal Achievement,
    string RatingLabel,
    string ScaleId,
    int ScaleVersion);
