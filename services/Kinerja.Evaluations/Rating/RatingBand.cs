namespace Kinerja.Evaluations.Rating;

/// <summary>
/// One band of a scale: <see cref="Lower"/> inclusive, <see cref="Upper"/> exclusive; null means open
/// (the lowest band has no lower bound, the highest no upper bound).
/// </summary>
internal sealed record RatingBand(decimal? Lower, decimal? Upper, string Label, string LabelEn, string? Code = null)
{
    public bool Contains(decimal value) => (Lower is null || value >= Lower) && (Upper is null || value < Upper);

    public string RangeText => (Lower, Upper) switch
    {
        (null, null) => "semua nilai",
        (null, { } upper) => $"< {Calculating.Rounding.Input(upper)}",
        ({ } lower, null) => $"≥ {Calculating.Rounding.Input(lower)}",
        ({ } lower, { } upper) => $"{Calculating.Rounding.Input(lower)} – < {Calculating.Rounding.Input(upper)}",
    };
}
