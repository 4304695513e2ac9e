namespace Kinerja.Evaluations.Configuring;

/// <summary>A new version of a rating scale. The version number is assigned by the service.</summary>
/// <param name="Id">The scale's id, e.g. <c>capaian-64.02</c>.</param>
/// <param name="Purpose">What it rates: <c>achievement</c> (used by evaluations), <c>sakip</c>, <c>employee</c>.</param>
/// <param name="Name">A name people read.</param>
/// <param name="EffectiveFrom">The first day it applies; evaluations of periods ending before keep their scale.</param>
/// <param name="Bands">Bands tiling all scores: the lowest open below, the highest open above, each upper = the next lower.</param>
internal sealed record ScaleRequest(string? Id, string? Purpose, string? Name, DateOnly? EffectiveFrom, IReadOnlyList<RatingBand>? Bands);
