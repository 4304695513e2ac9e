namespace Kinerja.Contracts.Agreements;

/// <summary>A party to an agreement as named in it: the official and the position they held.</summary>
/// <param name="PositionId">The position's id in the region's registry.</param>
/// <param name="PositionTitle">E.g. <c>Kepala Dinas Pendidikan</c>.</param>
/// <param name="Echelon"><c>HeadOfRegion</c>, <c>II</c>, <c>III</c>, <c>IV</c> or <c>Functional</c>.</param>
/// <param name="UnitId">The position's unit; null for the head of region.</param>
/// <param name="UnitName">The unit's name, or the region's.</param>
/// <param name="OfficialId">The official's id: the NIP for a civil servant.</param>
/// <param name="Nip">The 18-digit NIP; null for an elected head of region.</param>
/// <param name="Name">Full name with titles, as printed on the agreement.</param>
/// <param name="Rank">Rank and grade (pangkat/golongan), e.g. <c>Pembina Utama Muda (IV/c)</c>.</param>
/// <param name="Acting">True for an acting official (Plt).</param>
public sealed record AgreementParty(
    string PositionId,
    string PositionTitle,
    string Echelon,
    string? UnitId,
    string UnitName,
    string OfficialId,
    string? Nip,
    string Name,
    string? Rank,
    bool Acting);
