namespace Kinerja.Evaluations.Calculating;

/// <summary>A promised value: one number, or a range such as 80–90 (both bounds inclusive).</summary>
internal sealed record TargetValue
{
    private TargetValue(decimal lower, decimal upper)
    {
        Lower = lower;
        Upper = upper;
    }

    public decimal Lower { get; }

    public decimal Upper { get; }

    public bool IsRange => Lower != Upper;

    public string Text => IsRange ? $"{Rounding.Input(Lower)}–{Rounding.Input(Upper)}" : Rounding.Input(Lower);

    public static TargetValue Of(decimal value) => new(value, value);

    public static TargetValue Between(decimal lower, decimal upper)
    {
        if (lower > upper)
        {
            throw new ArgumentException($"A target range must not start above its end ({lower} > {upper}).", nameof(lower));
        }
        return new(lower, upper);
    }

    // Ranges consolidate bound by bound: TW I 10–12 plus TW II 10–12 is 20–24 to date.
    public static TargetValue Sum(IEnumerable<TargetValue> targets)
    {
        var list = targets.ToList();
        return new(list.Sum(t => t.Lower), list.Sum(t => t.Upper));
    }

    public static TargetValue Mean(IEnumerable<TargetValue> targets)
    {
        var list = targets.ToList();
        return new(list.Sum(t => t.Lower) / list.Count, list.Sum(t => t.Upper) / list.Count);
    }

    public override string ToString() => Text;
}
