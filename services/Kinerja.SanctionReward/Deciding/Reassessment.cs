namespace Kinerja.SanctionReward.Deciding;

/// <summary>
/// What becomes of the decisions of a superseded evaluation: <see cref="Unchanged"/> stay as they are
/// (still citing the earlier evaluation), <see cref="Revoked"/> are withdrawn, and <see cref="Replacements"/>
/// are new proposals citing the superseding evaluation.
/// </summary>
internal sealed record Reassessment(
    IReadOnlyList<DecisionProposal> Unchanged,
    IReadOnlyList<DecisionProposal> Revoked,
    IReadOnlyList<DecisionProposal> Replacements);
