namespace Kinerja.Agreements.Organisation.RegisteringRegion;

/// <summary>Makes a region known to the system, e.g. 64.02 Kutai Kartanegara with its Bupati.</summary>
internal sealed record RegisterRegion(RegionCode Region, string Name, string HeadOfRegionTitle)
{
    public static Decision<IOrganisationEvent> Decide(OrganisationRegistry state, RegisterRegion command, TimeProvider clock, Actor actor)
    {
        if (state.IsRegistered)
        {
            return Decision.Conflict<IOrganisationEvent>("region", $"Region {command.Region} is already registered as {state.Name}.");
        }
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(command.Name), "name", "The region's name is required.")
            .Require(!string.IsNullOrWhiteSpace(command.HeadOfRegionTitle), "headOfRegionTitle", "The title of the head of region (Bupati, Wali Kota, Gubernur) is required.");
        return errors.Any
            ? Decision.Invalid<IOrganisationEvent>(errors)
            : Decision.Accept<IOrganisationEvent>(new RegionRegistered(command.Region, command.Name.Trim(), command.HeadOfRegionTitle.Trim(), actor, clock.GetUtcNow()));
    }
}

internal sealed record RegionRegistered(RegionCode Region, string Name, string HeadOfRegionTitle, Actor By, DateTimeOffset At) : IOrganisationEvent;
