namespace Kinerja.Contracts.Evaluations;

/// <summary>The official an evaluation is about, as named in the agreement.</summary>
/// <param name="Nip">The 18-digit civil-servant number; null for an elected head of region.</param>
/// <param name="Name">Full name with titles.</param>
/// <param name="PositionId">The position's id in the region's registry.</param>
/// <param name="PositionTitle">E.g. <c>Kepala Dinas Kesehatan</c>.</param>
/// <param name="Echelon"><c>HeadOfRegion</c>, <c>II</c>, <c>III</c>, <c>IV</c> or <c>Functional</c>.</param>
/// <param name="UnitId">The unit; null for the head of region.</param>
/// <param name="UnitName">The unit's name, or the region's.</param>
public sealed record EvaluatedOfficial(
    string? Nip,
    string Name,
    string PositionId,
    string PositionTitle,
    string Echelon,
    string? UnitId,
    string UnitName);
