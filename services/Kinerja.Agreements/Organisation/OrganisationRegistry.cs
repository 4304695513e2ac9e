using System.Collections.Immutable;
using Kinerja.Agreements.Organisation.AddingPosition;
using Kinerja.Agreements.Organisation.AddingUnit;
using Kinerja.Agreements.Organisation.PlacingOfficial;
using Kinerja.Agreements.Organisation.RecordingBudgetApproval;
using Kinerja.Agreements.Organisation.RegisteringOfficial;
using Kinerja.Agreements.Organisation.RegisteringRegion;

namespace Kinerja.Agreements.Organisation;

internal sealed record Unit(UnitId Id, string Name, UnitId? Parent);

internal sealed record Position(PositionId Id, string Title, Echelon Echelon, UnitId? Unit, PositionId? Superior);

internal sealed record Official(OfficialId Id, Nip? Nip, string Name, string? Rank);

/// <summary>An official in a position from a date until (excluding) another; <c>Acting</c> marks a Plt.</summary>
internal sealed record Placement(OfficialId Official, PositionId Position, DateOnly From, DateOnly? Until, bool Acting)
{
    public bool IsActiveOn(DateOnly date) => From <= date && (Until is null || date < Until);
}

/// <summary>An official holding a position on a given date, and whether as acting (Plt).</summary>
internal sealed record Holder(Official Official, Position Position, bool Acting);

/// <summary>
/// A region's organisation as the fold of its events (one stream per region): units, positions and their
/// reporting lines, officials, and who held which position when. The region exists for the system once
/// <see cref="RegionRegistered"/> is in the stream.
/// </summary>
internal sealed record OrganisationRegistry(
    RegionCode Region,
    string Name,
    string HeadOfRegionTitle,
    bool IsRegistered,
    ImmutableDictionary<UnitId, Unit> Units,
    ImmutableDictionary<PositionId, Position> Positions,
    ImmutableDictionary<OfficialId, Official> Officials,
    ImmutableList<Placement> Placements,
    ImmutableDictionary<FiscalYear, DateOnly> BudgetApprovalDates)
{
    public static OrganisationRegistry Unregistered(RegionCode region) => new(
        region, "", "", false,
        ImmutableDictionary<UnitId, Unit>.Empty,
        ImmutableDictionary<PositionId, Position>.Empty,
        ImmutableDictionary<OfficialId, Official>.Empty,
        [],
        ImmutableDictionary<FiscalYear, DateOnly>.Empty);

    public static OrganisationRegistry Fold(RegionCode region, IEnumerable<IOrganisationEvent> events) =>
        events.Aggregate(Unregistered(region), (state, e) => state.Apply(e));

    public OrganisationRegistry Apply(IOrganisationEvent @event) => @event switch
    {
        RegionRegistered e => this with { Name = e.Name, HeadOfRegionTitle = e.HeadOfRegionTitle, IsRegistered = true },
        BudgetApprovalRecorded e => this with { BudgetApprovalDates = BudgetApprovalDates.SetItem(e.Year, e.ApprovedOn) },
        UnitAdded e => this with { Units = Units.SetItem(e.Unit, new Unit(e.Unit, e.Name, e.Parent)) },
        PositionAdded e => this with { Positions = Positions.SetItem(e.Position, new Position(e.Position, e.Title, e.Echelon, e.Unit, e.Superior)) },
        OfficialRegistered e => this with { Officials = Officials.SetItem(e.Official, new Official(e.Official, e.Nip, e.Name, e.Rank)) },
        OfficialPlaced e => this with { Placements = Placements.Add(new Placement(e.Official, e.Position, e.From, null, e.Acting)) },
        PlacementEnded e => this with
        {
            Placements = Placements.Select(p => p.Official == e.Official && p.Position == e.Position && p.Until is null ? p with { Until = e.On } : p).ToImmutableList(),
        },
        _ => this,
    };

    /// <summary>Who holds the position on the date: the definitive holder, else the acting one (Plt).</summary>
    public Holder? HolderOf(PositionId positionId, DateOnly date)
    {
        if (!Positions.TryGetValue(positionId, out var position))
        {
            return null;
        }
        var placement = Placements
            .Where(p => p.Position == positionId && p.IsActiveOn(date))
            .OrderBy(p => p.Acting)
            .ThenByDescending(p => p.From)
            .FirstOrDefault();
        return placement is null || !Officials.TryGetValue(placement.Official, out var official)
            ? null
            : new Holder(official, position, placement.Acting);
    }

    public Position? HeadOfRegionPosition => Positions.Values.FirstOrDefault(p => p.Echelon == Echelon.HeadOfRegion);

    /// <summary>
    /// The giver follows the reporting line: the superior position; a position that reports to no one in
    /// the registry (a unit head) answers to the head of region.
    /// </summary>
    public Position? DefaultGiverPosition(PositionId receiverPosition)
    {
        if (!Positions.TryGetValue(receiverPosition, out var position) || position.Echelon == Echelon.HeadOfRegion)
        {
            return null;
        }
        return position.Superior is { } superior && Positions.TryGetValue(superior, out var superiorPosition)
            ? superiorPosition
            : HeadOfRegionPosition;
    }

    /// <summary>True when <paramref name="candidate"/> is above <paramref name="position"/> on its reporting line.</summary>
    public bool IsAbove(PositionId candidate, PositionId position)
    {
        var seen = new HashSet<PositionId>();
        for (var current = DefaultGiverPosition(position); current is not null && seen.Add(current.Id); current = DefaultGiverPosition(current.Id))
        {
            if (current.Id == candidate)
            {
                return true;
            }
        }
        return false;
    }

    public string UnitName(UnitId? unit) => unit is { } id && Units.TryGetValue(id, out var found) ? found.Name : Name;
}
