namespace Kinerja.Evaluations.Calculating;

/// <summary>A percentage at full precision, with the rounded value and text people see.</summary>
internal sealed record Figure(decimal Exact)
{
    public decimal Rounded => Rounding.ForDisplay(Exact);

    public string Text => Rounding.Result(Exact);

    public override string ToString() => Text;
}
