namespace Kinerja.Evaluations.Calculating;

internal readonly record struct ObjectiveId(Guid Value)
{
    public override string ToString() => Value.ToString();
}
