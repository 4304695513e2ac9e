using Kinerja.Agreements.Organisation;

namespace Kinerja.Agreements;

/// <summary>
/// A party to an agreement as it stood when named: the official (NIP, name, rank) and the position
/// (title, echelon, unit). A snapshot, because a signed agreement must not change when the registry does.
/// </summary>
internal sealed record Party(
    PositionId Position,
    string PositionTitle,
    Echelon Echelon,
    UnitId? Unit,
    string UnitName,
    OfficialId Official,
    Nip? Nip,
    string Name,
    string? Rank,
    bool Acting)
{
    public static Party Of(Holder holder, string unitName) => new(
        holder.Position.Id, holder.Position.Title, holder.Position.Echelon, holder.Position.Unit, unitName,
        holder.Official.Id, holder.Official.Nip, holder.Official.Name, holder.Official.Rank, holder.Acting);
}
