namespace Kinerja.Evaluations.Calculating;

/// <summary>
/// Everything the engine needs about one indicator of a signed agreement: its definition, its targets (of the
/// agreement version in force) and its verified realisations. Built by the service from agreement events and
/// realisation events; missing realisations are simply absent, never zero.
/// </summary>
internal sealed record IndicatorInput
{
    public required IndicatorId Id { get; init; }

    public required string Name { get; init; }

    public string? UnitOfMeasure { get; init; }

    public required int Year { get; init; }

    public required Polarity Polarity { get; init; }

    public required Consolidation Consolidation { get; init; }

    public required Frequency Frequency { get; init; }

    public TargetAccumulation Accumulation { get; init; } = TargetAccumulation.PerPeriod;

    /// <summary>
    /// The target is a maximum (<c>target maksimal</c>): meeting it is full achievement and doing better earns
    /// nothing more, so the achievement never exceeds 100 (see docs/achievement-calculation.md).
    /// </summary>
    public bool TargetIsMaximum { get; init; }

    /// <summary>Weight within its objective; used only when the region's rules weight roll-ups.</summary>
    public decimal Weight { get; init; } = 1;

    /// <summary>The signed annual target; it decides the year's achievement.</summary>
    public PeriodTarget? AnnualTarget { get; init; }

    /// <summary>Targets per period at the indicator's frequency (per period or cumulative, see <see cref="Accumulation"/>).</summary>
    public IReadOnlyList<PeriodTarget> PeriodTargets { get; init; } = [];

    public IReadOnlyList<VerifiedRealisation> Realisations { get; init; } = [];
}
