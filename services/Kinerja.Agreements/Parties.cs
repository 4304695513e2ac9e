using Kinerja.Agreements.Organisation;

namespace Kinerja.Agreements;

/// <summary>Names the receiver and giver of an agreement from the region's registry on a date.</summary>
internal static class Parties
{
    public static Party? Receiver(OrganisationRegistry registry, PositionId position, DateOnly on, ValidationErrors errors)
    {
        if (!registry.Positions.ContainsKey(position))
        {
            errors.Add("receiverPositionId", $"Position {position} is not in region {registry.Region}.");
            return null;
        }
        if (registry.HolderOf(position, on) is not { } holder)
        {
            errors.Add("receiverPositionId", $"No official holds position {position} on {on:yyyy-MM-dd}.");
            return null;
        }
        return Party.Of(holder, registry.UnitName(holder.Position.Unit));
    }

    /// <summary>
    /// The giver chosen explicitly, or else the one on the reporting line; none for the head of region,
    /// who signs alone. A chosen giver must still be above the receiver on its reporting line (e.g. the unit
    /// head instead of a vacant field head), and is named as whoever holds that position on the date.
    /// </summary>
    public static Party? Giver(OrganisationRegistry registry, PositionId receiver, PositionId? chosen, DateOnly on, ValidationErrors errors)
    {
        var receiverPosition = registry.Positions.GetValueOrDefault(receiver);
        if (receiverPosition?.Echelon == Echelon.HeadOfRegion)
        {
            errors.Require(chosen is null, "giverPositionId", "The head of region signs alone; there is no giver.");
            return null;
        }
        if (chosen == receiver)
        {
            errors.Add("giverPositionId", "The giver cannot be the receiver's own position.");
            return null;
        }
        var position = chosen is { } id ? registry.Positions.GetValueOrDefault(id) : registry.DefaultGiverPosition(receiver);
        if (position is null)
        {
            if (receiverPosition is not null)
            {
                errors.Add("giverPositionId", chosen is null
                    ? "The position has no reporting line to a giver in the registry; choose the giver."
                    : $"Position {chosen} is not in region {registry.Region}.");
            }
            return null;
        }
        if (chosen is not null && !registry.IsAbove(position.Id, receiver))
        {
            errors.Add("giverPositionId", $"{position.Title} ({position.Id}) is not on the reporting line above position {receiver}; the giver is one of the receiver's superiors.");
            return null;
        }
        if (registry.HolderOf(position.Id, on) is not { } holder)
        {
            errors.Add("giverPositionId", $"No official holds the giver's position {position.Id} ({position.Title}) on {on:yyyy-MM-dd}.");
            return null;
        }
        return Party.Of(holder, registry.UnitName(holder.Position.Unit));
    }
}
