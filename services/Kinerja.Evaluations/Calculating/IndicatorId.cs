namespace Kinerja.Evaluations.Calculating;

internal readonly record struct IndicatorId(Guid Value)
{
    public override string ToString() => Value.ToString();
}
