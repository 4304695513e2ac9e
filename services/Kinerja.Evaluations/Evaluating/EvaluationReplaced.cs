namespace Kinerja.Evaluations.Evaluating;

/// <summary>An evaluation no longer stands: a newer one of the same period replaced it. Both stay in history.</summary>
internal sealed record EvaluationReplaced(EvaluationSuperseded Notice);
