using Kinerja.Agreements.Organisation;

namespace Kinerja.Agreements.EditingDraft;

/// <summary>
/// Replaces a draft's (or returned agreement's) content, and its giver when <c>GiverPosition</c> is given.
/// Editing a returned agreement makes it a draft again.
/// </summary>
internal sealed record EditDraft(AgreementId AgreementId, PositionId? GiverPosition, AgreementContent Content)
{
    public static Decision<IAgreementEvent> Decide(Agreement? state, EditDraft command, OrganisationRegistry registry, TimeProvider clock, Actor actor)
    {
        if (Agreement.RequireStatus(state, "edit", AgreementStatus.Draft, AgreementStatus.Returned) is { } refused)
        {
            return refused;
        }
        var errors = new ValidationErrors();
        var giver = command.GiverPosition is null
            ? state!.Giver
            : Parties.Giver(registry, state!.Receiver.Position, command.GiverPosition, clock.Today(), errors);
        var content = ItemNumbering.Assign(command.Content, state.UsedItemIds);
        var (contentErrors, warnings) = ContentRules.Check(content, state.Year, state.EffectiveFrom);
        errors.AddAll(contentErrors);
        return errors.Any
            ? Decision.Invalid<IAgreementEvent>(errors)
            : Decision.Accept<IAgreementEvent>(new DraftEdited(state.Id, giver, content, actor, clock.GetUtcNow())).WithWarnings(warnings);
    }
}

internal sealed record DraftEdited(AgreementId Agreement, Party? Giver, AgreementContent Content, Actor By, DateTimeOffset At) : IAgreementEvent;
