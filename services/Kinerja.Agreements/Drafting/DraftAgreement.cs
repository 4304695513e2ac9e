using Kinerja.Agreements.Organisation;

namespace Kinerja.Agreements.Drafting;

/// <summary>
/// Starts an agreement for the official holding <c>ReceiverPosition</c> for a fiscal year. The giver defaults
/// from the reporting line; <c>GiverPosition</c> chooses another. Items without ids are numbered.
/// </summary>
internal sealed record DraftAgreement(AgreementId AgreementId, FiscalYear Year, PositionId ReceiverPosition, PositionId? GiverPosition, AgreementContent Content)
{
    public static Decision<IAgreementEvent> Decide(Agreement? state, DraftAgreement command, OrganisationRegistry registry, TimeProvider clock, Actor actor)
    {
        if (state is not null)
        {
            return Decision.Conflict<IAgreementEvent>("agreementId", $"Agreement {command.AgreementId} already exists.");
        }
        if (!registry.IsRegistered)
        {
            return Decision.Invalid<IAgreementEvent>("region", $"Region {registry.Region} is not registered.");
        }
        var today = clock.Today();
        var errors = new ValidationErrors();
        var receiver = Parties.Receiver(registry, command.ReceiverPosition, today, errors);
        var giver = Parties.Giver(registry, command.ReceiverPosition, command.GiverPosition, today, errors);
        var content = ItemNumbering.Assign(command.Content, []);
        var (contentErrors, warnings) = ContentRules.Check(content, command.Year, command.Year.FirstDay);
        errors.AddAll(contentErrors);
        if (errors.Any || receiver is null)
        {
            return Decision.Invalid<IAgreementEvent>(errors);
        }
        return Decision.Accept<IAgreementEvent>(new AgreementDrafted(
                command.AgreementId, registry.Region, command.Year, receiver.Unit, receiver, giver, content, command.Year.FirstDay, null, actor, clock.GetUtcNow()))
            .WithWarnings(warnings);
    }
}

/// <summary>An agreement was started. <c>Predecessor</c> is set when a newcomer takes over an agreement in force.</summary>
internal sealed record AgreementDrafted(
    AgreementId Agreement,
    RegionCode Region,
    FiscalYear Year,
    UnitId? Unit,
    Party Receiver,
    Party? Giver,
    AgreementContent Content,
    DateOnly EffectiveFrom,
    AgreementId? Predecessor,
    Actor By,
    DateTimeOffset At) : IAgreementEvent;
