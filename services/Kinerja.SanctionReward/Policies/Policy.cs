namespace Kinerja.SanctionReward.Policies;

/// <summary>
/// One version of a region's rules turning evaluation results into reward and sanction decisions.
/// A null <see cref="Region"/> is the national default, used where a region has no policy in force.
/// Members are nullable so that a policy arriving as JSON can be validated field by field.
/// </summary>
internal sealed record Policy
{
    public PolicyId Id { get; init; }

    public int Version { get; init; }

    /// <summary>Kemendagri region code (<c>64</c>, <c>64.02</c>); null for the national default.</summary>
    public string? Region { get; init; }

    /// <summary>The first day this version applies to: the version in force on an evaluated period's last day decides it.</summary>
    public DateOnly? EffectiveFrom { get; init; }

    public string? Title { get; init; }

    /// <summary>The rating scale whose labels the rules name; an evaluation on another scale never matches a label.</summary>
    public string? ScaleId { get; init; }

    public IReadOnlyList<PolicyRule> Rules { get; init; } = [];
}
