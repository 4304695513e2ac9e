namespace Kinerja.Evaluations.Evaluating;

/// <summary>
/// An evaluation of an agreement up to a period: the published result, the engine's full explanation, and the
/// version of the agreement's file (terms and realisations) it was computed from.
/// </summary>
internal sealed record EvaluationMade(AgreementEvaluated Result, JsonElement Explanation, long InputsVersion, string Trigger);
