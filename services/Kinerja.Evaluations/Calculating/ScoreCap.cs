namespace Kinerja.Evaluations.Calculating;

/// <summary>
/// Limits the score used for ratings; the displayed achievement stays uncapped. An achievement above
/// <see cref="Threshold"/> scores <see cref="ScoreAbove"/>: PermenPAN-RB 8/2021 scores 120 above 110 %,
/// a plain cap at 100 is threshold 100 scoring 100.
/// </summary>
internal sealed record ScoreCap(decimal Threshold, decimal ScoreAbove, string Name)
{
    public static ScoreCap PermenPanRb { get; } = new(110m, 120m, "PermenPAN-RB 8/2021");

    public static ScoreCap Plain(decimal cap) => new(cap, cap, $"batas {Rounding.Input(cap)}");

    // Compared as displayed, like ratings: an achievement shown as 110,00 never scores as if it were above 110.
    public bool Caps(decimal achievement) => Rounding.ForDisplay(achievement) > Threshold;

    public decimal Apply(decimal achievement) => Caps(achievement) ? ScoreAbove : achievement;
}
