namespace Kinerja.Agreements.Organisation.AddingPosition;

/// <summary>
/// Adds a position with its echelon, unit and reporting line (the superior position). A unit head needs
/// no superior: it reports to the head of region.
/// </summary>
internal sealed record AddPosition(PositionId Position, string Title, Echelon Echelon, UnitId? Unit, PositionId? Superior)
{
    public static Decision<IOrganisationEvent> Decide(OrganisationRegistry state, AddPosition command, TimeProvider clock, Actor actor)
    {
        if (!state.IsRegistered)
        {
            return Decision.Invalid<IOrganisationEvent>("region", $"Region {state.Region} is not registered.");
        }
        var errors = Validate(state, command);
        if (errors.Any)
        {
            return Decision.Invalid<IOrganisationEvent>(errors);
        }
        if (state.Positions.ContainsKey(command.Position))
        {
            return Decision.Conflict<IOrganisationEvent>("positionId", $"Position {command.Position} already exists.");
        }
        return Decision.Accept<IOrganisationEvent>(new PositionAdded(state.Region, command.Position, command.Title.Trim(), command.Echelon, command.Unit, command.Superior, actor, clock.GetUtcNow()));
    }

    private static ValidationErrors Validate(OrganisationRegistry state, AddPosition command)
    {
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(command.Position.Value), "positionId", "The position's id is required.")
            .Require(!string.IsNullOrWhiteSpace(command.Title), "title", "The position's title is required.");
        if (command.Echelon == Echelon.HeadOfRegion)
        {
            errors.Require(command.Superior is null, "superiorPositionId", "The head of region reports to no position.")
                .Require(state.HeadOfRegionPosition is null, "echelon", "The region already has a head of region position.");
        }
        else
        {
            errors.Require(command.Unit is { } unit && state.Units.ContainsKey(unit), "unitId", command.Unit is null ? "A position other than the head of region belongs to a unit." : $"Unit {command.Unit} is not in the region.");
        }
        if (command.Superior is { } superior)
        {
            errors.Require(state.Positions.ContainsKey(superior), "superiorPositionId", $"The superior position {superior} is not in the region.")
                .Require(superior != command.Position, "superiorPositionId", "A position cannot report to itself.");
        }
        return errors;
    }
}

internal sealed record PositionAdded(RegionCode Region, PositionId Position, string Title, Echelon Echelon, UnitId? Unit, PositionId? Superior, Actor By, DateTimeOffset At) : IOrganisationEvent;
