using Kinerja.Agreements.ApprovingRevision;
using Kinerja.Agreements.ChangingOfficial;
using Kinerja.Agreements.Closing;
using Kinerja.Agreements.Signing;
using Kinerja.Agreements.Withdrawing;
using Published = Kinerja.Contracts.Agreements;

namespace Kinerja.Agreements.Publishing;

/// <summary>
/// Maps the domain to the published contracts. <see cref="For"/> answers which integration events an
/// append of one stream's events causes, for the outbox row written in the same transaction.
/// </summary>
internal static class IntegrationEvents
{
    /// <summary>
    /// The integration events caused by appending <paramref name="appended"/> to a stream whose state was
    /// <paramref name="before"/>. Pass one stream's events at a time (a change of official touches two).
    /// </summary>
    public static IReadOnlyList<object> For(Agreement? before, IEnumerable<IAgreementEvent> appended)
    {
        var published = new List<object>();
        var state = before;
        foreach (var @event in appended)
        {
            var previous = state;
            state = Agreement.Evolve(state, @event);
            object? message = @event switch
            {
                AgreementCameIntoForce => Signed(state),
                RevisionApproved e => RevisionApproved(state, e),
                OfficialHandedOver e => OfficialChanged(state, e),
                AgreementClosed e => Closed(state, e),
                AgreementWithdrawn e => Withdrawn(previous!, e),
                _ => null,
            };
            if (message is not null)
            {
                published.Add(message);
            }
        }
        return published;
    }

    public static Published.AgreementSigned Signed(Agreement a) => new(
        a.Id.Value, a.Region.Value, a.Year.Value, a.Version, a.Unit?.Value, a.Receiver.UnitName,
        Party(a.Receiver), a.Giver is null ? null : Party(a.Giver), a.EffectiveFrom,
        Objectives(a), Programs(a.Content),
        a.Signatures.Select(s => new Published.AgreementSignature(s.Party.ToString(), s.Signer.Value, s.SignerNip?.Value, s.SignerName, s.Place, s.At, s.ContentHash, s.Late)).ToList(),
        a.SignedLate, a.Signatures.LastOrDefault()?.ContentHash ?? AgreementHash.Of(a), a.InForceSince ?? a.Signatures.Max(s => s.At));

    public static Published.AgreementRevisionApproved RevisionApproved(Agreement after, RevisionApproved e) => new(
        after.Id.Value, after.Region.Value, after.Year.Value, e.NewVersion - 1, e.NewVersion, e.Reason.ToString(), LegalBasis(e.LegalBasis),
        Actor(e.ProposedBy), Actor(e.By), e.At,
        e.Changes.Select(c => new Published.AgreementFieldChange(c.Path, c.Kind.ToString(), c.Old, c.New)).ToList(),
        after.Unit?.Value, after.Receiver.UnitName, Party(after.Receiver), after.Giver is null ? null : Party(after.Giver), after.EffectiveFrom,
        Objectives(after), Programs(after.Content), e.ContentHash);

    public static Published.AgreementClosed Closed(Agreement after, AgreementClosed e) => new(
        after.Id.Value, after.Region.Value, after.Year.Value, after.Version, after.Receiver.Position.Value, e.ClosedOn, e.Reason.ToString(),
        e.Reason == ClosingReason.ChangeOfOfficial ? after.Successor?.Value : null, e.At);

    public static Published.AgreementWithdrawn Withdrawn(Agreement before, AgreementWithdrawn e) => new(
        before.Id.Value, before.Region.Value, before.Year.Value, before.Version, before.Receiver.Position.Value, e.Reason,
        e.WithdrawnFrom == AgreementStatus.InForce, Actor(e.By), e.At);

    public static Published.OfficialChanged OfficialChanged(Agreement state, OfficialHandedOver e) => new(
        state.Id.Value, e.Successor.Value, state.Region.Value, state.Year.Value, Party(e.Predecessor), Party(e.Newcomer), e.HandoverDate, LegalBasis(e.LegalBasis), e.At, state.Version);

    private static Published.AgreementParty Party(Party p) => new(
        p.Position.Value, p.PositionTitle, p.Echelon.ToString(), p.Unit?.Value, p.UnitName, p.Official.Value, p.Nip?.Value, p.Name, p.Rank, p.Acting);

    private static Published.AgreementActor Actor(Actor actor) => new(actor.Id, actor.Name);

    private static Published.AgreementLegalBasis LegalBasis(LegalBasis basis) => new(basis.DecreeNumber, basis.DecreeDate);

    private static List<Published.AgreementObjective> Objectives(Agreement a) =>
        a.Content.Objectives.Select(o => new Published.AgreementObjective(o.Id.Value, o.Statement, o.Indicators.Select(i => Indicator(a, i)).ToList())).ToList();

    private static Published.AgreementIndicator Indicator(Agreement a, Indicator i) => new(
        i.Id.Value, i.Name, i.UnitOfMeasure, i.Polarity.ToString(), i.Consolidation.ToString(), i.Accumulation.ToString(), i.Frequency.ToString(),
        i.CalculationMethod, i.DataSource, i.PersonResponsible, i.Weight, Target(i.AnnualTarget),
        i.PeriodTargets.Select((t, n) => new Published.AgreementPeriodTarget(n + 1, new Period(i.Frequency, n + 1).ToString(), t is null ? null : Target(t))).ToList(),
        a.Links.FirstOrDefault(l => l.Indicator == i.Id) is { } link ? new Published.AgreementIndicatorLink(link.ParentAgreement.Value, link.ParentIndicator.Value) : null);

    private static Published.AgreementTarget Target(Target t) => new(t.Value, t.Lower, t.Upper, t.IsMaximum);

    private static List<Published.AgreementProgram> Programs(AgreementContent content) =>
        content.Programs.Select(p => new Published.AgreementProgram(
            p.Id.Value, p.Name, p.AnnualBudget.Amount, p.QuarterlyBudget.Select(q => q.Amount).ToList(),
            p.Activities.Select(x => new Published.AgreementActivity(x.Id.Value, x.Name, x.AnnualBudget.Amount, x.QuarterlyBudget.Select(q => q.Amount).ToList())).ToList())).ToList();
}
