namespace Kinerja.Measurements;

/// <summary>An agreement (PK) as the Agreements service names it.</summary>
internal readonly record struct AgreementId(Guid Value)
{
    public override string ToString() => Value.ToString("D");
}

/// <summary>An indicator of an agreement as the Agreements service names it; stable across revisions.</summary>
internal readonly record struct IndicatorId(Guid Value)
{
    public override string ToString() => Value.ToString("D");
}
