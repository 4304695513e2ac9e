namespace Kinerja.Evaluations.Evaluating;

/// <summary>An evaluation as the API shows it: the published result, whether it still stands, and the engine's explanation.</summary>
internal sealed record EvaluationView(AgreementEvaluated Evaluation, bool Standing, string? SupersededBy, string Trigger, JsonElement? Explanation)
{
    public static EvaluationView Of(AgreementFile file, EvaluationMade made, bool withExplanation) => new(
        made.Result,
        !file.IsSuperseded(made.Result.EvaluationId),
        file.History.FirstOrDefault(later => later.Result.Supersedes == made.Result.EvaluationId)?.Result.EvaluationId,
        made.Trigger,
        withExplanation ? made.Explanation : null);
}
