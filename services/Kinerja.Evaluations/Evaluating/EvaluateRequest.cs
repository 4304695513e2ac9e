namespace Kinerja.Evaluations.Evaluating;

/// <summary>Evaluate up to a period: <c>2026-TW2</c> (or <c>2026-Q2</c>), <c>2026-M07</c>, <c>2026-S1</c>, or <c>2026</c> for the final result.</summary>
internal sealed record EvaluateRequest(string? Period);
