namespace Kinerja.Evaluations.Rating;

/// <summary>Configuration that a region may override and that changes over time without rewriting the past.</summary>
internal interface IRegionalVersion
{
    /// <summary>The Kemendagri code of the region that overrides the default, or null for the national default.</summary>
    string? RegionCode { get; }

    int Version { get; }

    /// <summary>The first day the version applies (inclusive).</summary>
    DateOnly EffectiveFrom { get; }
}
