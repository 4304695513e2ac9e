namespace Kinerja.Agreements.Organisation.RegisteringOfficial;

/// <summary>
/// Registers an official with name and rank (pangkat/golongan). A civil servant is identified by the NIP;
/// an elected head of region has none and is registered under another id.
/// </summary>
internal sealed record RegisterOfficial(OfficialId Official, Nip? Nip, string Name, string? Rank)
{
    public static RegisterOfficial CivilServant(Nip nip, string name, string rank) => new(OfficialId.Of(nip), nip, name, rank);

    public static Decision<IOrganisationEvent> Decide(OrganisationRegistry state, RegisterOfficial command, TimeProvider clock, Actor actor)
    {
        if (!state.IsRegistered)
        {
            return Decision.Invalid<IOrganisationEvent>("region", $"Region {state.Region} is not registered.");
        }
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(command.Official.Value), "officialId", "The official's id is required.")
            .Require(!string.IsNullOrWhiteSpace(command.Name), "name", "The official's name is required.")
            .Require(command.Nip is not { } nip || command.Official == OfficialId.Of(nip), "officialId", "A civil servant's id is the NIP.");
        if (errors.Any)
        {
            return Decision.Invalid<IOrganisationEvent>(errors);
        }
        if (state.Officials.TryGetValue(command.Official, out var known))
        {
            return known.Name == command.Name.Trim() && known.Rank == command.Rank && known.Nip == command.Nip
                ? Decision.Accept<IOrganisationEvent>()
                : Decision.Conflict<IOrganisationEvent>("officialId", $"Official {command.Official} is already registered as {known.Name}.");
        }
        return Decision.Accept<IOrganisationEvent>(new OfficialRegistered(state.Region, command.Official, command.Nip, command.Name.Trim(), command.Rank?.Trim(), actor, clock.GetUtcNow()));
    }
}

internal sealed record OfficialRegistered(RegionCode Region, OfficialId Official, Nip? Nip, string Name, string? Rank, Actor By, DateTimeOffset At) : IOrganisationEvent;
