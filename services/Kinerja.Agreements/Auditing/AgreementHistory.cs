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

namespace Kinerja.Agreements.Auditing;

/// <summary>One event of an agreement's history as an auditor reads it.</summary>
internal sealed record TimelineEntry(int StreamVersion, string EventType, Actor By, DateTimeOffset At, string Summary, string? Reason, LegalBasis? LegalBasis);

/// <summary>
/// The auditor's questions answered from the stream itself: the agreement as it stood at a stream version
/// (1 = after the first event) or at a time, and the timeline of every event with actor, time, reason and
/// legal basis. Times are the events' own <c>At</c> (the decision's clock).
/// </summary>
internal static class AgreementHistory
{
    public static Agreement? AtVersion(IEnumerable<IAgreementEvent> stream, int streamVersion) => Agreement.Fold(stream.Take(streamVersion));

    public static Agreement? AsOf(IEnumerable<IAgreementEvent> stream, DateTimeOffset at) => Agreement.Fold(stream.TakeWhile(e => e.At <= at));

    public static IReadOnlyList<TimelineEntry> Timeline(IEnumerable<IAgreementEvent> stream) =>
        stream.Select((e, i) => Entry(i + 1, e)).ToList();

    private static TimelineEntry Entry(int version, IAgreementEvent e)
    {
        var (summary, reason, basis) = e switch
        {
            AgreementDrafted d => ($"Drafted for {d.Receiver.PositionTitle} ({d.Receiver.Name}) for {d.Year}" + (d.Giver is null ? ", signing alone" : $", giver {d.Giver.PositionTitle} ({d.Giver.Name})"), null, null),
            DraftEdited => ("Draft edited", null, null),
            IndicatorsCopied c => ($"{c.Objectives.Sum(o => o.Indicators.Count)} indicators copied from agreement {c.From}", null, null),
            AgreementSubmitted => ("Submitted for verification", null, null),
            AgreementReturned r => ("Returned to the drafter", r.Comments, null),
            AgreementVerified => ("Verified", null, null),
            AgreementSigned s => ($"Signed by the {s.Party.ToString().ToLowerInvariant()} {s.SignerName} at {s.Place}{(s.Late ? ", late" : "")}; content hash {s.ContentHash}", null, null),
            AgreementCameIntoForce f => ($"In force as version {f.Version}{(f.SignedLate ? ", signed late" : "")}", null, null),
            RevisionProposed p => ($"Revision proposed ({p.Reason})", p.Note, p.LegalBasis),
            RevisionApproved a => ($"Revision approved: version {a.NewVersion} in force, {a.Changes.Count} field(s) changed", a.Reason.ToString(), a.LegalBasis),
            RevisionRejected r => ("Revision rejected", r.Comments, null),
            RealisationVerificationNoted n => ($"Realisation of {n.Indicator} for {n.Period} verified; its target is frozen", null, null),
            IndicatorLinked l => ($"Indicator {l.Indicator} supports {l.ParentIndicator} of agreement {l.ParentAgreement}", null, null),
            OfficialHandedOver h => ($"Handed over from {h.Predecessor.Name} to {h.Newcomer.Name} on {h.HandoverDate:yyyy-MM-dd}; newcomer's agreement {h.Successor}", RevisionReason.ChangeOfOfficial.ToString(), h.LegalBasis),
            AgreementClosed c => ($"Closed on {c.ClosedOn:yyyy-MM-dd}", c.Reason.ToString(), null),
            AgreementWithdrawn w => ($"Withdrawn (was {w.WithdrawnFrom})", w.Reason, null),
            _ => (e.GetType().Name, null, (LegalBasis?)null),
        };
        return new TimelineEntry(version, AgreementEventTypes.NameOf(e), e.By, e.At, summary, reason, basis);
    }
}
