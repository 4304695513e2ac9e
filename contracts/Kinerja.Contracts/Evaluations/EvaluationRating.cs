namespace Kinerja.Contracts.Evaluations;

/// <summary>A rating label and the scale that produced it (scales are data, versioned, per region and purpose).</summary>
/// <param name="Label">The label in Indonesian, e.g. <c>Sangat Tinggi</c>.</param>
/// <param name="LabelEnglish">The label in English, e.g. <c>Very high</c>.</param>
/// <param name="ScaleId">The scale's id, e.g. <c>achievement-national</c>.</param>
/// <param name="ScaleVersion">The scale version in force for the evaluated period.</param>
public sealed record EvaluationRating(string Label, string LabelEnglish, string ScaleId, int ScaleVersion);
