namespace Kinerja.Evaluations.Calculating;

/// <summary>The signed agreement version in force, with its objectives, as the engine evaluates it.</summary>
internal sealed record AgreementInput
{
    public required Guid AgreementId { get; init; }

    public required int Version { get; init; }

    public required string RegionCode { get; init; }

    public required int Year { get; init; }

    public required IReadOnlyList<ObjectiveInput> Objectives { get; init; }
}
