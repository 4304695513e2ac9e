namespace Kinerja.SanctionReward.Deciding;

internal readonly record struct EvaluationId(Guid Value)
{
    public override string ToString() => Value.ToString("D");
}
