namespace Kinerja.SanctionReward.Deciding;

internal readonly record struct AgreementId(Guid Value)
{
    public override string ToString() => Value.ToString("D");
}
