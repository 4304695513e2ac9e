using Kinerja.Agreements.ApprovingRevision;
using Kinerja.Agreements.ChangingOfficial;
using Kinerja.Agreements.Closing;
using Kinerja.Agreements.CopyingIndicators;
using Kinerja.Agreements.Drafting;
using Kinerja.Agreements.EditingDraft;
using Kinerja.Agreements.Linking;
using Kinerja.Agreements.NotingRealisationVerification;
using Kinerja.Agreements.ProposingRevision;
using Kinerja.Agreements.RejectingRevision;
using Kinerja.Agreements.Returning;
using Kinerja.Agreements.Signing;
using Kinerja.Agreements.Submitting;
using Kinerja.Agreements.Verifying;
using Kinerja.Agreements.Withdrawing;

namespace Kinerja.Agreements;

/// <summary>
/// A performance agreement (PK) as the fold of its stream: who promises what to whom for which year, where
/// it is in its workflow, its signatures, revisions, and the realisations already verified against it.
/// Nothing here changes except through <see cref="Evolve"/>, so replaying a prefix of the stream gives the
/// agreement exactly as it stood then.
/// </summary>
internal sealed record Agreement(
    AgreementId Id,
    AgreementStatus Status,
    int Version,
    RegionCode Region,
    FiscalYear Year,
    UnitId? Unit,
    Party Receiver,
    Party? Giver,
    AgreementContent Content,
    DateOnly EffectiveFrom,
    IReadOnlyList<Signature> Signatures,
    bool SignedLate,
    DateTimeOffset? InForceSince,
    string? ReturnComments,
    PendingRevision? PendingRevision,
    IReadOnlyList<RevisionRecord> Revisions,
    IReadOnlyList<VerifiedRealisation> VerifiedRealisations,
    IReadOnlyList<IndicatorLink> Links,
    AgreementId? CopiedFrom,
    AgreementId? Predecessor,
    AgreementId? Successor,
    DateOnly? ClosedOn,
    ClosingReason? ClosingReason,
    string? WithdrawalReason,
    [property: System.Text.Json.Serialization.JsonIgnore] IReadOnlyList<ItemId> UsedItemIds)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public InForceSlot Slot => new(Region, Receiver.Position, Year);

    /// <summary>The head of region signs alone; every other agreement needs the giver too.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsFullySigned => Signatures.Any(s => s.Party == SigningParty.Receiver) && (Giver is null || Signatures.Any(s => s.Party == SigningParty.Giver));

    public bool IsVerified(ItemId indicator, Period period) => VerifiedRealisations.Any(v => v.Indicator == indicator && v.Period == period);

    public static Agreement? Fold(IEnumerable<IAgreementEvent> events) => events.Aggregate((Agreement?)null, Evolve);

    public static Agreement Evolve(Agreement? state, IAgreementEvent @event) => @event switch
    {
        AgreementDrafted e => Start(e),
        _ when state is null => throw new InvalidOperationException($"The stream of agreement {@event.Agreement} does not start with its drafting."),
        _ => state.Apply(@event),
    };

    private static Agreement Start(AgreementDrafted e) => new(
        e.Agreement, AgreementStatus.Draft, 1, e.Region, e.Year, e.Unit, e.Receiver, e.Giver, e.Content, e.EffectiveFrom,
        [], false, null, null, null, [], [], [], null, e.Predecessor, null, null, null, null, [.. ItemNumbering.IdsOf(e.Content)]);

    /// <summary>Ids stay taken after their item is removed, so a new item never inherits an old one's realisations.</summary>
    private IReadOnlyList<ItemId> Using(AgreementContent content) => [.. UsedItemIds.Union(ItemNumbering.IdsOf(content))];

    private Agreement Apply(IAgreementEvent @event) => @event switch
    {
        DraftEdited e => this with { Status = AgreementStatus.Draft, Giver = e.Giver, Content = e.Content, UsedItemIds = Using(e.Content) },
        IndicatorsCopied e => this with
        {
            Content = Content with { Objectives = [.. Content.Objectives, .. e.Objectives] },
            CopiedFrom = e.From,
            UsedItemIds = Using(new AgreementContent(e.Objectives, [])),
        },
        AgreementSubmitted => this with { Status = AgreementStatus.Submitted },
        AgreementReturned e => this with { Status = AgreementStatus.Returned, ReturnComments = e.Comments },
        AgreementVerified => this with { Status = AgreementStatus.Verified },
        AgreementSigned e => this with
        {
            Signatures = [.. Signatures, new Signature(e.Party, e.Signer, e.SignerNip, e.SignerName, e.Place, e.At, e.ContentHash, e.Late)],
        },
        AgreementCameIntoForce e => this with { Status = AgreementStatus.InForce, SignedLate = e.SignedLate, InForceSince = e.At },
        RevisionProposed e => this with { PendingRevision = new PendingRevision(e.Reason, e.LegalBasis, e.Content, e.Note, e.By, e.At), UsedItemIds = Using(e.Content) },
        RevisionApproved e => this with
        {
            Content = PendingRevision!.Content,
            Version = e.NewVersion,
            PendingRevision = null,
            Revisions = [.. Revisions, new RevisionRecord(e.NewVersion, e.Reason, e.LegalBasis, e.ProposedBy, e.By, e.At, e.ContentHash)],
        },
        RevisionRejected => this with { PendingRevision = null },
        RealisationVerificationNoted e => this with { VerifiedRealisations = [.. VerifiedRealisations, new VerifiedRealisation(e.Indicator, e.Period, e.VerifiedAt)] },
        IndicatorLinked e => this with
        {
            Links = [.. Links.Where(l => l.Indicator != e.Indicator), new IndicatorLink(e.Indicator, e.ParentAgreement, e.ParentIndicator)],
        },
        OfficialHandedOver e => this with { Successor = e.Successor },
        AgreementClosed e => this with { Status = AgreementStatus.Closed, ClosedOn = e.ClosedOn, ClosingReason = e.Reason },
        AgreementWithdrawn e => this with { Status = AgreementStatus.Withdrawn, WithdrawalReason = e.Reason },
        _ => throw new InvalidOperationException($"Agreement events of type {@event.GetType().Name} are not known to the fold."),
    };

    /// <summary>A conflict when the agreement is missing or not in one of the statuses the command needs.</summary>
    public static Decision<IAgreementEvent>? RequireStatus(Agreement? state, string action, params AgreementStatus[] statuses)
    {
        if (state is null)
        {
            return Decision.Invalid<IAgreementEvent>("agreementId", "The agreement does not exist.");
        }
        return statuses.Contains(state.Status)
            ? null
            : Decision.Conflict<IAgreementEvent>("status", $"Cannot {action} an agreement that is {state.Status}; it must be {string.Join(" or ", statuses)}.");
    }
}
