using MassTransit;

namespace Kinerja.Contracts.Evaluations;

/// <summary>
/// An evaluation no longer stands: a newer evaluation of the same agreement and period replaced it, because a
/// target was revised or a realisation corrected after it was made. Consumers should treat decisions based on
/// <see cref="EvaluationId"/> as needing re-assessment against <see cref="SupersededBy"/>.
/// </summary>
/// <param name="EvaluationId">The evaluation that no longer stands.</param>
/// <param name="SupersededBy">The evaluation that replaces it (published as <see cref="AgreementEvaluated"/>).</param>
/// <param name="AgreementId">The agreement evaluated.</param>
/// <param name="RegionCode">Kemendagri code of the region.</param>
/// <param name="Period">The period, as in <see cref="AgreementEvaluated.Period"/>.</param>
/// <param name="Reason">Why: <c>TargetRevised</c> or <c>RealisationCorrected</c>, with a note in words.</param>
/// <param name="SupersededAt">When (UTC).</param>
[MessageUrn("kinerja:evaluations:evaluation-superseded:v1")]
[EntityName("kinerja.evaluations.evaluation-superseded.v1")]
public sealed record EvaluationSuperseded(
    string EvaluationId,
    string SupersededBy,
    string AgreementId,
    string RegionCode,
    string Period,
    string Reason,
    DateTimeOffset SupersededAt);
