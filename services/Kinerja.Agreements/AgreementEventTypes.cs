using Kinerja.Agreements.ApprovingRevision;
using Kinerja.Agreements.ChangingOfficial;
using Kinerja.Agreements.Closing;
using Kinerja.Agreements.CopyingIndicators;
using Kinerja.Agreements.Drafting;
using Kinerja.Agreements.EditingDraft;
using Kinerja.Agreements.Linking;
using Kinerja.Agreements.NotingRealisationVerification;
using Kinerja.Agreements.Organisation.AddingPosition;
using Kinerja.Agreements.Organisation.AddingUnit;
using Kinerja.Agreements.Organisation.PlacingOfficial;
using Kinerja.Agreements.Organisation.RecordingBudgetApproval;
using Kinerja.Agreements.Organisation.RegisteringOfficial;
using Kinerja.Agreements.Organisation.RegisteringRegion;
using Kinerja.Agreements.ProposingRevision;
using Kinerja.Agreements.RejectingRevision;
using Kinerja.Agreements.Returning;
using Kinerja.Agreements.Signing;
using Kinerja.Agreements.Submitting;
using Kinerja.Agreements.Verifying;
using Kinerja.Agreements.Withdrawing;

namespace Kinerja.Agreements;

/// <summary>
/// The stored name of every domain event of this service. Stored history refers to these names, never to
/// CLR names, so a class can be renamed or moved freely; a name, once used, is never changed or reused.
/// A new shape of an event gets a new name (<c>.v2</c>) and the old one is upcast when read.
/// </summary>
internal static class AgreementEventTypes
{
    public static IReadOnlyList<(Type Type, string Name)> All { get; } =
    [
        // An agreement's stream.
        (typeof(AgreementDrafted), "agreement.drafted.v1"),
        (typeof(DraftEdited), "agreement.draft-edited.v1"),
        (typeof(IndicatorsCopied), "agreement.indicators-copied.v1"),
        (typeof(AgreementSubmitted), "agreement.submitted.v1"),
        (typeof(AgreementReturned), "agreement.returned.v1"),
        (typeof(AgreementVerified), "agreement.verified.v1"),
        (typeof(AgreementSigned), "agreement.signed.v1"),
        (typeof(AgreementCameIntoForce), "agreement.came-into-force.v1"),
        (typeof(RevisionProposed), "agreement.revision-proposed.v1"),
        (typeof(RevisionApproved), "agreement.revision-approved.v1"),
        (typeof(RevisionRejected), "agreement.revision-rejected.v1"),
        (typeof(RealisationVerificationNoted), "agreement.realisation-verification-noted.v1"),
        (typeof(IndicatorLinked), "agreement.indicator-linked.v1"),
        (typeof(OfficialHandedOver), "agreement.official-handed-over.v1"),
        (typeof(AgreementClosed), "agreement.closed.v1"),
        (typeof(AgreementWithdrawn), "agreement.withdrawn.v1"),

        // A region's organisation registry stream.
        (typeof(RegionRegistered), "organisation.region-registered.v1"),
        (typeof(BudgetApprovalRecorded), "organisation.budget-approval-recorded.v1"),
        (typeof(UnitAdded), "organisation.unit-added.v1"),
        (typeof(PositionAdded), "organisation.position-added.v1"),
        (typeof(OfficialRegistered), "organisation.official-registered.v1"),
        (typeof(OfficialPlaced), "organisation.official-placed.v1"),
        (typeof(PlacementEnded), "organisation.placement-ended.v1"),
    ];

    private static readonly Dictionary<Type, string> NamesByType = All.ToDictionary(e => e.Type, e => e.Name);
    private static readonly Dictionary<string, Type> TypesByName = All.ToDictionary(e => e.Name, e => e.Type, StringComparer.Ordinal);

    public static string NameOf(Type type) =>
        NamesByType.TryGetValue(type, out var name) ? name : throw new InvalidOperationException($"{type.Name} has no stored event type name in {nameof(AgreementEventTypes)}.");

    public static string NameOf(object @event) => NameOf(@event.GetType());

    public static Type? TypeOf(string name) => TypesByName.GetValueOrDefault(name);
}
