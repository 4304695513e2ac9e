namespace Kinerja.Agreements.Organisation.AddingUnit;

/// <summary>Adds a work unit (Dinas, Badan, Kecamatan…) to the region, optionally under a parent unit.</summary>
internal sealed record AddUnit(UnitId Unit, string Name, UnitId? Parent)
{
    public static Decision<IOrganisationEvent> Decide(OrganisationRegistry state, AddUnit command, TimeProvider clock, Actor actor)
    {
        if (!state.IsRegistered)
        {
            return Decision.Invalid<IOrganisationEvent>("region", $"Region {state.Region} is not registered.");
        }
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(command.Unit.Value), "unitId", "The unit's id is required.")
            .Require(!string.IsNullOrWhiteSpace(command.Name), "name", "The unit's name is required.")
            .Require(command.Parent is not { } parent || state.Units.ContainsKey(parent), "parentUnitId", $"The parent unit {command.Parent} is not in the region.")
            .Require(command.Parent != command.Unit, "parentUnitId", "A unit cannot be its own parent.");
        if (errors.Any)
        {
            return Decision.Invalid<IOrganisationEvent>(errors);
        }
        if (state.Units.ContainsKey(command.Unit))
        {
            return Decision.Conflict<IOrganisationEvent>("unitId", $"Unit {command.Unit} already exists.");
        }
        return Decision.Accept<IOrganisationEvent>(new UnitAdded(state.Region, command.Unit, command.Name.Trim(), command.Parent, actor, clock.GetUtcNow()));
    }
}

internal sealed record UnitAdded(RegionCode Region, UnitId Unit, string Name, UnitId? Parent, Actor By, DateTimeOffset At) : IOrganisationEvent;
