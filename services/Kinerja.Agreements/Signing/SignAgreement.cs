namespace Kinerja.Agreements.Signing;

/// <summary>One party signs a verified agreement at a place (e.g. "Tenggarong").</summary>
internal sealed record SignAgreement(AgreementId AgreementId, SigningParty Party, OfficialId Signer, string Place)
{
    /// <summary>
    /// What the service knows outside the stream: the region's DPA approval date for the year, which agreement is in force
    /// for the slot, and the region's registry, to check that the signer still holds the party's position on the day.
    /// </summary>
    internal sealed record Context(DateOnly? BudgetApprovedOn, AgreementId? InForceInSlot, Organisation.OrganisationRegistry? Registry = null);

    // Agreements are due one month after the DPA is approved (PermenPAN-RB 53/2014).
    private const int MonthsAllowed = 1;

    public static Decision<IAgreementEvent> Decide(Agreement? state, SignAgreement command, Context context, TimeProvider clock, Actor actor)
    {
        if (Agreement.RequireStatus(state, "sign", AgreementStatus.Verified) is { } refused)
        {
            return refused;
        }
        var party = command.Party == SigningParty.Receiver ? state!.Receiver : state!.Giver;
        if (party is null)
        {
            return Decision.Invalid<IAgreementEvent>("party", "The head of region signs alone; this agreement has no giver to sign.");
        }
        if (state.Signatures.Any(s => s.Party == command.Party))
        {
            return Decision.Conflict<IAgreementEvent>("party", $"The {command.Party.ToString().ToLowerInvariant()} has already signed.");
        }
        if (context.Registry is { } registry && registry.HolderOf(party.Position, clock.Today()) is var holder && holder?.Official.Id != party.Official)
        {
            return Decision.Conflict<IAgreementEvent>("party", $"{party.Name} no longer holds the position {party.PositionTitle} on {clock.Today():yyyy-MM-dd}"
                + (holder is null ? "; nobody does." : $"; {holder.Official.Name} does.") + " Withdraw it and draft it again for the current holder.");
        }
        var errors = new ValidationErrors()
            .Require(command.Signer == party.Official, "signer", $"Only {party.Name} signs as the {command.Party.ToString().ToLowerInvariant()}.")
            .Require(!string.IsNullOrWhiteSpace(command.Place), "place", "The place of signing is required.");
        if (errors.Any)
        {
            return Decision.Invalid<IAgreementEvent>(errors);
        }
        var now = clock.GetUtcNow();
        var late = context.BudgetApprovedOn is { } approved && clock.Today() > approved.AddMonths(MonthsAllowed);
        var hash = AgreementHash.Of(state);
        var signed = new AgreementSigned(state.Id, command.Party, party.Official, party.Nip, party.Name, command.Place.Trim(), hash, late, actor, now);
        var after = Agreement.Evolve(state, signed);
        if (!after.IsFullySigned)
        {
            return Decision.Accept<IAgreementEvent>(signed);
        }
        if (context.InForceInSlot is { } other && other != state.Id)
        {
            return Decision.Conflict<IAgreementEvent>("agreementId",
                $"Agreement {other} is already in force for position {state.Receiver.Position} in {state.Year}; close or withdraw it first.");
        }
        return Decision.Accept<IAgreementEvent>(signed, new AgreementCameIntoForce(state.Id, state.Version, late, hash, actor, now));
    }
}

/// <summary>A party signed: who, when, where, and the hash of the exact content signed.</summary>
internal sealed record AgreementSigned(
    AgreementId Agreement,
    SigningParty Party,
    OfficialId Signer,
    Nip? SignerNip,
    string SignerName,
    string Place,
    string ContentHash,
    bool Late,
    Actor By,
    DateTimeOffset At) : IAgreementEvent;

/// <summary>The last signature landed: this version is the one in force. <c>SignedLate</c> flags signing after the due date.</summary>
internal sealed record AgreementCameIntoForce(AgreementId Agreement, int Version, bool SignedLate, string ContentHash, Actor By, DateTimeOffset At) : IAgreementEvent;
