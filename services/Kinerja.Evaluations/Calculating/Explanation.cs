namespace Kinerja.Evaluations.Calculating;

/// <summary>
/// How a figure came about, step by step, for the API to return and the web page to show: the inputs with
/// their ids, versions and periods, then consolidation, formula (or roll-up), cap and rating in words and numbers.
/// </summary>
internal sealed record Explanation
{
    public IReadOnlyList<PeriodTarget> Targets { get; init; } = [];

    public IReadOnlyList<VerifiedRealisation> Realisations { get; init; } = [];

    /// <summary>How periods were combined, e.g. <c>SUM, target kumulatif: R = 10 + 12 = 22 …</c>.</summary>
    public string? Consolidation { get; init; }

    /// <summary>The achievement formula with its numbers, e.g. <c>negatif: (2T − R) / T × 100 = (2×10 − 12) / 10 × 100 = 80,00</c>.</summary>
    public string? Formula { get; init; }

    /// <summary>For an objective or agreement: the mean of its parts.</summary>
    public string? RollUp { get; init; }

    public string? Cap { get; init; }

    public string? Rating { get; init; }

    public required RulesApplied Rules { get; init; }

    /// <summary>Why a figure is missing, and anything an auditor should notice (e.g. quarterly targets not adding up).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
