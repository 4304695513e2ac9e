using Kinerja.Evaluations.Calculating;
using Kinerja.ServiceDefaults.Problems;
using static System.FormattableString;

namespace Kinerja.Evaluations.Rating;

/// <summary>
/// A rating scale as data: which purpose it rates, for which region (null = national default), from when,
/// and its bands. A new version with a later effective date supersedes, it never edits the old one.
/// </summary>
internal sealed record RatingScale : IRegionalVersion
{
    public required string Id { get; init; }

    public required string Purpose { get; init; }

    public string? RegionCode { get; init; }

    public required int Version { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<RatingBand> Bands { get; init; }

    /// <summary>The scale in force for a purpose, region and date: the region's own, else the national default.</summary>
    public static RatingScale? InForceFor(IEnumerable<RatingScale> scales, string purpose, string regionCode, DateOnly date) =>
        InForce.Resolve(scales.Where(s => s.Purpose == purpose), regionCode, date);

    /// <summary>
    /// Rates the score as people see it, rounded to 2 decimals, so that a displayed 91,00 is never rated
    /// below the band that starts at 91.
    /// </summary>
    public AppliedRating Rate(decimal score)
    {
        var rated = Rounding.ForDisplay(score);
        var band = Bands.FirstOrDefault(b => b.Contains(rated))
            ?? throw new InvalidOperationException($"Scale {Id} v{Version} has no band for {rated}; validate scales before use.");
        var code = band.Code is null ? "" : $"{band.Code} ";
        return new(Id, Version, RegionCode, Purpose, rated, band.Label, band.LabelEn, band.Code,
            $"{code}{band.Label}: skor {Rounding.Result(rated)} pada rentang {band.RangeText} (skala {Id} v{Version}, berlaku {EffectiveFrom:yyyy-MM-dd})");
    }

    /// <summary>Field-level problems, keyed the way the JSON names them (e.g. <c>bands[2].lower</c>).</summary>
    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        errors.Require(!string.IsNullOrWhiteSpace(Id), "id", "Give the scale an id.");
        errors.Require(!string.IsNullOrWhiteSpace(Purpose), "purpose", "Say what the scale rates, e.g. achievement, sakip or employee.");
        errors.Require(!string.IsNullOrWhiteSpace(Name), "name", "Give the scale a name.");
        errors.Require(RegionCode is null || RegionCodes.IsValid(RegionCode), "regionCode",
            "A region code looks like 64 (province) or 64.02 (kabupaten/kota); leave it empty for the national default.");
        errors.Require(Version >= 1, "version", "The version starts at 1.");
        if (Bands is null || Bands.Count == 0)
        {
            return errors.Add("bands", "A scale needs at least one band.");
        }
        for (var i = 0; i < Bands.Count; i++)
        {
            var band = Bands[i];
            errors.Require(!string.IsNullOrWhiteSpace(band.Label), $"bands[{i}].label", "Give the band its Indonesian label.");
            errors.Require(!string.IsNullOrWhiteSpace(band.LabelEn), $"bands[{i}].labelEn", "Give the band its English label.");
            errors.Require(band.Lower is null || band.Upper is null || band.Lower < band.Upper, $"bands[{i}].upper",
                "The upper bound must be above the lower bound.");
        }
        CheckContiguous(errors);
        return errors;
    }

    // Bands sorted by lower bound must tile the whole number line: open below, each upper = next lower, open above.
    private void CheckContiguous(ValidationErrors errors)
    {
        var sorted = Bands.Select((band, index) => (band, index))
            .OrderBy(b => b.band.Lower.HasValue).ThenBy(b => b.band.Lower)
            .ToList();
        var (lowest, lowestIndex) = sorted[0];
        errors.Require(lowest.Lower is null, $"bands[{lowestIndex}].lower",
            Invariant($"The lowest band must have no lower bound, so every score gets a rating; scores below {lowest.Lower} have none."));
        var (highest, highestIndex) = sorted[^1];
        errors.Require(highest.Upper is null, $"bands[{highestIndex}].upper",
            Invariant($"The highest band must have no upper bound, so every score gets a rating; scores from {highest.Upper} have none."));
        for (var i = 1; i < sorted.Count; i++)
        {
            var (below, belowIndex) = sorted[i - 1];
            var (above, aboveIndex) = sorted[i];
            if (above.Lower is null)
            {
                errors.Add($"bands[{aboveIndex}].lower", $"Only the lowest band may be open below; band {belowIndex} already is.");
            }
            else if (below.Upper is null)
            {
                errors.Add($"bands[{belowIndex}].upper", Invariant($"Only the highest band may be open above; it overlaps band {aboveIndex} from {above.Lower}."));
            }
            else if (below.Upper < above.Lower)
            {
                errors.Add($"bands[{aboveIndex}].lower", Invariant($"Leaves a gap: scores from {below.Upper} to below {above.Lower} have no band."));
            }
            else if (below.Upper > above.Lower)
            {
                errors.Add($"bands[{aboveIndex}].lower", Invariant($"Overlaps band {belowIndex}: scores from {above.Lower} to below {below.Upper} are in both."));
            }
        }
    }
}
