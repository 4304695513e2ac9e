namespace Kinerja.Evaluations.Configuring;

/// <summary>A rating scale version was set: a national default (seeded or by the ministry) or a region's override.</summary>
internal sealed record RatingScaleDefined(RatingScale Scale, string DefinedBy);
