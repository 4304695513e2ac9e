namespace Kinerja.Evaluations.Rating;

/// <summary>The band a score fell in, naming the scale and version that rated it.</summary>
internal sealed record AppliedRating(
    string ScaleId,
    int ScaleVersion,
    string? ScaleRegionCode,
    string Purpose,
    decimal RatedValue,
    string Label,
    string LabelEn,
    string? Code,
    string Text);
