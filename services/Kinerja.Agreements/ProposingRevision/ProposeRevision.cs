using Kinerja.Agreements.Auditing;

namespace Kinerja.Agreements.ProposingRevision;

/// <summary>
/// Proposes a new version of an agreement in force: one of the four legal reasons, the decree it rests on,
/// and the full revised content (items keep their ids; new items get new ones).
/// </summary>
internal sealed record ProposeRevision(AgreementId AgreementId, RevisionReason Reason, LegalBasis LegalBasis, AgreementContent Content, string? Note)
{
    public static Decision<IAgreementEvent> Decide(Agreement? state, ProposeRevision command, TimeProvider clock, Actor actor)
    {
        if (Agreement.RequireStatus(state, "revise", AgreementStatus.InForce) is { } refused)
        {
            return refused;
        }
        if (state!.PendingRevision is not null)
        {
            return Decision.Conflict<IAgreementEvent>("agreementId", "A revision is already waiting for approval; approve or reject it first.");
        }
        var errors = new ValidationErrors()
            .Require(Enum.IsDefined(command.Reason), "reason", "The reason must be one of: " + string.Join(", ", Enum.GetNames<RevisionReason>()) + ".")
            .Require(!string.IsNullOrWhiteSpace(command.LegalBasis.DecreeNumber), "legalBasis.decreeNumber", "The decree number is required.")
            .Require(command.LegalBasis.DecreeDate <= clock.Today(), "legalBasis.decreeDate", "The decree date cannot be in the future.");
        var content = ItemNumbering.Assign(command.Content, state.UsedItemIds);
        var (contentErrors, warnings) = ContentRules.Check(content, state.Year, state.EffectiveFrom);
        errors.AddAll(contentErrors).AddAll(FrozenTargets.Check(state, content));
        if (!errors.Any && AgreementDiff.Between(state.Content, content).Count == 0)
        {
            errors.Add("content", "The revision changes nothing.");
        }
        return errors.Any
            ? Decision.Invalid<IAgreementEvent>(errors)
            : Decision.Accept<IAgreementEvent>(new RevisionProposed(state.Id, command.Reason, command.LegalBasis, content, command.Note?.Trim(), actor, clock.GetUtcNow()))
                .WithWarnings(warnings);
    }
}

internal sealed record RevisionProposed(AgreementId Agreement, RevisionReason Reason, LegalBasis LegalBasis, AgreementContent Content, string? Note, Actor By, DateTimeOffset At) : IAgreementEvent;
