using Kinerja.Agreements.ChangingOfficial;
using Kinerja.Agreements.Closing;
using Kinerja.Agreements.Drafting;

namespace Kinerja.Agreements.Tests.ChangingOfficial;

public class ChangingOfficialTests
{
    private static readonly LegalBasis Appointment = new("821.2/045/BKD", new DateOnly(2026, 4, 28));

    private readonly Scenario _given = new();

    private Decision<IAgreementEvent> Change(Agreement state, DateOnly handover, OfficialId? newcomer = null) =>
        ChangeOfficial.Decide(state, new ChangeOfficial(state.Id, AgreementId.From("pk-dinkes-2026-b"), newcomer ?? OfficialId.Of(Given.NewcomerNip), false, handover, Appointment),
            _given.Registry, _given.Clock, Given.Operator);

    [Fact]
    public void the_predecessors_agreement_closes_at_the_handover_and_the_newcomer_gets_one_with_the_remaining_targets()
    {
        var state = _given.InForce();
        var events = Change(state, new DateOnly(2026, 5, 2)).ShouldBeAccepted();

        var predecessor = events.Where(e => e.Agreement == state.Id).Aggregate(state, Agreement.Evolve)!;
        predecessor.Status.ShouldBe(AgreementStatus.Closed);
        predecessor.ClosedOn.ShouldBe(new DateOnly(2026, 5, 2));
        predecessor.ClosingReason.ShouldBe(ClosingReason.ChangeOfOfficial);
        predecessor.Successor.ShouldBe(AgreementId.From("pk-dinkes-2026-b"));
        events.OfType<OfficialHandedOver>().Single().Newcomer.Nip.ShouldBe(Given.NewcomerNip);

        var successor = Agreement.Fold(events.Where(e => e.Agreement != state.Id))!;
        successor.Status.ShouldBe(AgreementStatus.Draft);
        successor.Predecessor.ShouldBe(state.Id);
        successor.Receiver.Nip.ShouldBe(Given.NewcomerNip);
        successor.Receiver.Position.ShouldBe(Given.HeadPosition);
        successor.Giver.ShouldBe(state.Giver);
        successor.EffectiveFrom.ShouldBe(new DateOnly(2026, 5, 2));

        // TW I ended before the handover and stays with the predecessor; TW II, in which it falls, goes to the newcomer.
        var visits = successor.Content.FindIndicator(ItemId.From("IK-1"))!;
        visits.PeriodTargets.ShouldBe([null, Target.Of(25_000), Target.Of(30_000), Target.Of(25_000)]);
        visits.AnnualTarget.ShouldBe(Target.Of(80_000));
        var immunisation = successor.Content.FindIndicator(ItemId.From("IK-2"))!;
        immunisation.AnnualTarget.ShouldBe(Target.Of(92));
        immunisation.PeriodTargets[0].ShouldBeNull();
    }

    [Fact]
    public void the_newcomers_agreement_validates_with_the_periods_before_the_handover_left_empty()
    {
        var state = _given.InForce();
        var successor = Agreement.Fold(Change(state, new DateOnly(2026, 5, 2)).ShouldBeAccepted().Where(e => e.Agreement != state.Id))!;
        ContentRules.Check(successor.Content, successor.Year, successor.EffectiveFrom).Errors.Any.ShouldBeFalse();
        ContentRules.Check(successor.Content, successor.Year, successor.Year.FirstDay).Errors.Any.ShouldBeTrue();
    }

    [Fact]
    public void the_handover_falls_within_the_year_and_the_newcomer_is_registered_and_new()
    {
        var state = _given.InForce();
        Change(state, new DateOnly(2027, 1, 2)).ShouldBeInvalid().Keys.ShouldBe(["handoverDate"]);
        Change(state, new DateOnly(2026, 5, 2), OfficialId.From("unknown")).ShouldBeInvalid().Keys.ShouldBe(["newcomer"]);
        Change(state, new DateOnly(2026, 5, 2), OfficialId.Of(Given.HeadNip)).ShouldBeInvalid().Keys.ShouldBe(["newcomer"]);
    }

    [Fact]
    public void only_an_agreement_in_force_is_handed_over()
    {
        Change(_given.Drafted(), new DateOnly(2026, 5, 2)).ShouldBeConflict();
    }

    [Fact]
    public void the_handover_events_are_ordered_for_each_stream()
    {
        var state = _given.InForce();
        var events = Change(state, new DateOnly(2026, 5, 2)).ShouldBeAccepted();
        events.Select(e => e.GetType()).ShouldBe([typeof(OfficialHandedOver), typeof(AgreementClosed), typeof(AgreementDrafted)]);
    }
}
