namespace Kinerja.Evaluations.Rating;

/// <summary>What a rating scale rates. Open-ended: a region may add its own purposes.</summary>
internal static class ScalePurpose
{
    /// <summary>Achievement (<c>capaian</c>) of indicators, objectives and agreements.</summary>
    public const string Achievement = "achievement";

    /// <summary>SAKIP evaluation results (PermenPAN-RB 88/2021): AA … D.</summary>
    public const string Sakip = "sakip";

    /// <summary>Employee performance predicates (PermenPAN-RB 6/2022).</summary>
    public const string Employee = "employee";
}
