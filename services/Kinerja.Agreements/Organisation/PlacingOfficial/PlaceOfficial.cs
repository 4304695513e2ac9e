namespace Kinerja.Agreements.Organisation.PlacingOfficial;

/// <summary>
/// Places an official in a position from a date, definitively or as acting (Plt). A definitive placement
/// ends the current holder's placement and any acting one; an acting placement ends only the previous acting one.
/// </summary>
internal sealed record PlaceOfficial(OfficialId Official, PositionId Position, DateOnly From, bool Acting)
{
    public static Decision<IOrganisationEvent> Decide(OrganisationRegistry state, PlaceOfficial command, TimeProvider clock, Actor actor)
    {
        if (!state.IsRegistered)
        {
            return Decision.Invalid<IOrganisationEvent>("region", $"Region {state.Region} is not registered.");
        }
        var errors = new ValidationErrors()
            .Require(state.Officials.ContainsKey(command.Official), "officialId", $"Official {command.Official} is not registered in the region.")
            .Require(state.Positions.ContainsKey(command.Position), "positionId", $"Position {command.Position} is not in the region.");
        if (errors.Any)
        {
            return Decision.Invalid<IOrganisationEvent>(errors);
        }
        var now = clock.GetUtcNow();
        var open = state.Placements.Where(p => p.Position == command.Position && p.Until is null).ToList();
        if (open.Any(p => p.Official == command.Official && p.Acting == command.Acting))
        {
            return Decision.Accept<IOrganisationEvent>();
        }
        if (open.FirstOrDefault(p => p.From > command.From) is { } later)
        {
            return Decision.Conflict<IOrganisationEvent>("from", $"The position has a placement from {later.From:yyyy-MM-dd}, after {command.From:yyyy-MM-dd}.");
        }
        var ended = open
            .Where(p => !command.Acting || p.Acting)
            .Select(p => (IOrganisationEvent)new PlacementEnded(state.Region, p.Official, p.Position, command.From, actor, now));
        return Decision.Accept([.. ended, new OfficialPlaced(state.Region, command.Official, command.Position, command.From, command.Acting, actor, now)]);
    }
}

/// <summary>Ends a placement on a date (the first day the official no longer holds the position).</summary>
internal sealed record EndPlacement(OfficialId Official, PositionId Position, DateOnly On)
{
    public static Decision<IOrganisationEvent> Decide(OrganisationRegistry state, EndPlacement command, TimeProvider clock, Actor actor)
    {
        var placement = state.Placements.FirstOrDefault(p => p.Official == command.Official && p.Position == command.Position && p.Until is null);
        if (placement is null)
        {
            return Decision.Conflict<IOrganisationEvent>("officialId", $"Official {command.Official} does not hold position {command.Position}.");
        }
        return command.On <= placement.From
            ? Decision.Invalid<IOrganisationEvent>("on", $"The placement began on {placement.From:yyyy-MM-dd}; it cannot end on or before that day.")
            : Decision.Accept<IOrganisationEvent>(new PlacementEnded(state.Region, command.Official, command.Position, command.On, actor, clock.GetUtcNow()));
    }
}

internal sealed record OfficialPlaced(RegionCode Region, OfficialId Official, PositionId Position, DateOnly From, bool Acting, Actor By, DateTimeOffset At) : IOrganisationEvent;

internal sealed record PlacementEnded(RegionCode Region, OfficialId Official, PositionId Position, DateOnly On, Actor By, DateTimeOffset At) : IOrganisationEvent;
