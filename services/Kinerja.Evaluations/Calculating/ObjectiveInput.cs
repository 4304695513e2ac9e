namespace Kinerja.Evaluations.Calculating;

/// <summary>A strategic objective (<c>sasaran strategis</c>) with the indicators that measure it.</summary>
internal sealed record ObjectiveInput
{
    public required ObjectiveId Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Weight within the agreement; used only when the region's rules weight roll-ups.</summary>
    public decimal Weight { get; init; } = 1;

    public required IReadOnlyList<IndicatorInput> Indicators { get; init; }
}
