namespace Kinerja.Evaluations.Calculating;

internal readonly record struct RealisationId(Guid Value)
{
    public override string ToString() => Value.ToString();
}
