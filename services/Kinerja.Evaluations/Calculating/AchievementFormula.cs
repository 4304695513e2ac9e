namespace Kinerja.Evaluations.Calculating;

/// <summary>
/// Achievement of one realisation R against one target T of the same span (DOMAIN.md "Computing achievement").
/// Never divides by zero: wherever a divisor would be 0 the region's zero-target rule decides.
/// </summary>
internal static class AchievementFormula
{
    private const decimal Hundred = 100m;

    public static FormulaResult Apply(decimal r, TargetValue target, Polarity polarity, bool targetIsMaximum, CalculationRules rules)
    {
        var result = target.IsRange ? Range(r, target, polarity, rules) : Point(r, target.Lower, polarity, rules);
        if (targetIsMaximum && result.Value > Hundred)
        {
            return new(Hundred, $"{result.Text}; target maksimal: capaian tidak melebihi 100 → {Rounding.Result(Hundred)}");
        }
        return result;
    }

    // Outside the range the bound that R crossed becomes T, and the polarity formula then says whether crossing
    // it is good: above the upper bound is over-achievement for a positive indicator, a shortfall for a negative one.
    private static FormulaResult Range(decimal r, TargetValue target, Polarity polarity, CalculationRules rules)
    {
        var range = $"rentang {target.Text}, R = {Rounding.Input(r)}";
        if (r >= target.Lower && r <= target.Upper)
        {
            return new(Hundred, $"{range} di dalam rentang → {Rounding.Result(Hundred)}");
        }
        var (bound, words) = r > target.Upper ? (target.Upper, "di atas rentang → T = batas atas") : (target.Lower, "di bawah rentang → T = batas bawah");
        var point = Point(r, bound, polarity, rules);
        return point with { Text = $"{range} {words} {Rounding.Input(bound)}; {point.Text}" };
    }

    private static FormulaResult Point(decimal r, decimal t, Polarity polarity, CalculationRules rules)
    {
        var (rText, tText) = (Rounding.Input(r), Rounding.Input(t));
        if (t == 0)
        {
            var met = polarity == Polarity.Positive ? r >= 0 : r <= 0;
            var test = polarity == Polarity.Positive ? $"positif, R = {rText} ≥ 0" : $"negatif, R = {rText} ≤ 0";
            return ZeroRule(met, $"target 0 tidak dapat menjadi pembagi; aturan target nol: {(met ? test : $"bukan {test}")}", rules);
        }
        if (polarity == Polarity.Positive)
        {
            var value = r / t * Hundred;
            return new(value, $"positif: R / T × 100 = {rText} / {tText} × 100 = {Rounding.Result(value)}");
        }
        if (rules.NegativeFormula == NegativeFormula.TargetOverRealisation)
        {
            if (r == 0)
            {
                return ZeroRule(r <= t, $"negatif T / R: R = 0 tidak dapat menjadi pembagi; aturan target nol: R = 0 {(r <= t ? "≤" : ">")} T = {tText}", rules);
            }
            return FlooredAtZero(t / r * Hundred, $"negatif: T / R × 100 = {tText} / {rText} × 100");
        }
        return FlooredAtZero((2 * t - r) / t * Hundred, $"negatif: (2T − R) / T × 100 = (2×{tText} − {rText}) / {tText} × 100");
    }

    private static FormulaResult FlooredAtZero(decimal value, string formula) =>
        value < 0
            ? new(0m, $"{formula} = {Rounding.Result(value)}, dibatasi bawah 0 → {Rounding.Result(0m)}")
            : new(value, $"{formula} = {Rounding.Result(value)}");

    private static FormulaResult ZeroRule(bool met, string reason, CalculationRules rules)
    {
        var value = met ? rules.ZeroTarget.WhenMet : rules.ZeroTarget.WhenNotMet;
        return new(value, $"{reason} → {(met ? "tercapai" : "tidak tercapai")} = {Rounding.Result(value)}");
    }
}
