using System.Text.Json;
using System.Text.RegularExpressions;
using Kinerja.Agreements.ApprovingRevision;
using Kinerja.Agreements.Auditing;
using Kinerja.Agreements.ChangingOfficial;
using Kinerja.Agreements.Demo;
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

namespace Kinerja.Agreements.Tests;

public class EventTypeTests
{
    [Fact]
    public void every_domain_event_has_one_explicit_versioned_name()
    {
        var events = typeof(Agreement).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && (typeof(IAgreementEvent).IsAssignableFrom(t) || typeof(IOrganisationEvent).IsAssignableFrom(t)))
            .ToList();
        events.ShouldNotBeEmpty();
        events.ShouldAllBe(t => AgreementEventTypes.All.Any(e => e.Type == t));
        AgreementEventTypes.All.Select(e => e.Name).ShouldBeUnique();
        AgreementEventTypes.All.Select(e => e.Type).ShouldBeUnique();
        AgreementEventTypes.All.ShouldAllBe(e => Regex.IsMatch(e.Name, @"^(agreement|organisation)\.[a-z]+(-[a-z]+)*\.v[0-9]+$"));
    }

    [Fact]
    public void names_resolve_both_ways()
    {
        AgreementEventTypes.NameOf(typeof(OfficialHandedOver)).ShouldBe("agreement.official-handed-over.v1");
        AgreementEventTypes.TypeOf("agreement.official-handed-over.v1").ShouldBe(typeof(OfficialHandedOver));
        AgreementEventTypes.TypeOf("agreement.unknown.v1").ShouldBeNull();
        Should.Throw<InvalidOperationException>(() => AgreementEventTypes.NameOf(typeof(string)));
    }

    [Fact]
    public void every_event_of_a_whole_lifecycle_survives_a_json_round_trip_and_folds_to_the_same_state()
    {
        var given = new Scenario();
        var head = given.InForce();
        var events = ChangeOfficial.Decide(head, new ChangeOfficial(head.Id, AgreementId.From("pk-b"), OfficialId.Of(Given.NewcomerNip), false, new DateOnly(2026, 5, 2), new LegalBasis("1", new DateOnly(2026, 5, 1))),
            given.Registry, given.Clock, Given.Operator).ShouldBeAccepted();
        var successor = events.Last();

        var json = JsonSerializer.Serialize(successor, successor.GetType(), JsonSerializerOptions.Web);
        var back = (IAgreementEvent)JsonSerializer.Deserialize(json, AgreementEventTypes.TypeOf(AgreementEventTypes.NameOf(successor))!, JsonSerializerOptions.Web)!;

        JsonSerializer.Serialize(back, back.GetType(), JsonSerializerOptions.Web).ShouldBe(json);
        AgreementHash.Of(Agreement.Fold([back])!).ShouldBe(AgreementHash.Of(Agreement.Fold([successor])!));
        json.ShouldContain("\"region\":\"64.02\"");
        json.ShouldContain($"\"nip\":\"{Given.NewcomerNip}\"");
    }

    private static T RoundTrip<T>(T @event) where T : notnull
    {
        var name = AgreementEventTypes.NameOf(@event);
        var json = JsonSerializer.Serialize(@event, @event.GetType(), JsonSerializerOptions.Web);
        var back = (T)JsonSerializer.Deserialize(json, AgreementEventTypes.TypeOf(name)!, JsonSerializerOptions.Web)!;
        JsonSerializer.Serialize(back, back.GetType(), JsonSerializerOptions.Web).ShouldBe(json, name);
        return back;
    }

    [Fact]
    public void an_agreement_replayed_from_stored_json_is_the_agreement_that_was_decided()
    {
        var given = new Scenario();
        var clock = given.Clock;
        var actor = Given.Operator;
        var events = new List<IAgreementEvent>();
        Agreement? state = null;
        void Run(Decision<IAgreementEvent> decision)
        {
            var appended = decision.ShouldBeAccepted();
            events.AddRange(appended);
            state = appended.Aggregate(state, Agreement.Evolve);
        }

        var parent = given.InForce(Given.Draft(receiver: Given.BupatiPosition, id: "pk-bupati"));
        Run(Kinerja.Agreements.Drafting.DraftAgreement.Decide(null, Given.Draft(), given.Registry, clock, actor));
        Run(EditDraft.Decide(state, new EditDraft(state!.Id, null, state.Content), given.Registry, clock, actor));
        Run(SubmitAgreement.Decide(state, new SubmitAgreement(state.Id), clock, actor));
        Run(ReturnAgreement.Decide(state, new ReturnAgreement(state.Id, "Perbaiki."), clock, actor));
        Run(SubmitAgreement.Decide(state, new SubmitAgreement(state.Id), clock, actor));
        Run(VerifyAgreement.Decide(state, new VerifyAgreement(state.Id), clock, actor));
        var context = new SignAgreement.Context(Given.BudgetApprovedOn, null);
        Run(SignAgreement.Decide(state, new SignAgreement(state.Id, SigningParty.Receiver, state.Receiver.Official, "Tenggarong"), context, clock, actor));
        Run(SignAgreement.Decide(state, new SignAgreement(state.Id, SigningParty.Giver, state.Giver!.Official, "Tenggarong"), context, clock, actor));
        Run(LinkIndicator.Decide(state, new LinkIndicator(state.Id, ItemId.From("IK-1"), parent.Id, ItemId.From("IK-1")), parent, clock, actor));
        Run(NoteRealisationVerification.Decide(state, new NoteRealisationVerification(state.Id, ItemId.From("IK-1"), Period.Quarter(1), clock.GetUtcNow()), clock, Actor.System));
        var revised = state.Content with { Programs = [Given.Program(2_000_000_000m)] };
        Run(ProposeRevision.Decide(state, new ProposeRevision(state.Id, RevisionReason.ChangeOfProgramActivityOrBudget, new LegalBasis("900/1", new DateOnly(2026, 1, 2)), revised, null), clock, actor));
        Run(RejectRevision.Decide(state, new RejectRevision(state.Id, "Tidak."), clock, actor));
        Run(ProposeRevision.Decide(state, new ProposeRevision(state.Id, RevisionReason.ChangeOfProgramActivityOrBudget, new LegalBasis("900/2", new DateOnly(2026, 1, 3)), revised, null), clock, actor));
        Run(ApproveRevision.Decide(state, new ApproveRevision(state.Id), clock, actor));
        var handover = ChangeOfficial.Decide(state, new ChangeOfficial(state.Id, AgreementId.From("pk-b"), OfficialId.Of(Given.NewcomerNip), false, new DateOnly(2026, 5, 2), new LegalBasis("821", new DateOnly(2026, 5, 1))), given.Registry, clock, actor);
        // The newcomer's AgreementDrafted belongs to another stream.
        Run(handover with { Events = [.. handover.Events.Where(e => e.Agreement == state.Id)] });

        var decided = state;
        var replayed = Agreement.Fold(events.Select(RoundTrip))!;
        AgreementDiff.Between(decided, replayed).ShouldBeEmpty();
        replayed.UsedItemIds.ShouldBe(decided.UsedItemIds);
        events.Select(e => e.GetType()).Distinct().Count().ShouldBe(14);
    }

    [Fact]
    public void organisation_events_survive_a_json_round_trip()
    {
        var clock = Given.Clock();
        var demo = KutaiKartanegara.Build(Given.Year);
        var events = new List<IOrganisationEvent>();
        var s = OrganisationRegistry.Unregistered(KutaiKartanegara.Code);
        void Run(Decision<IOrganisationEvent> decision)
        {
            events.AddRange(decision.ShouldBeAccepted());
            s = decision.Events.Aggregate(s, (r, e) => r.Apply(e));
        }

        Run(RegisterRegion.Decide(s, demo.Region, clock, Given.Operator));
        Run(RecordBudgetApproval.Decide(s, demo.Budget, clock, Given.Operator));
        Run(AddUnit.Decide(s, demo.Units[0], clock, Given.Operator));
        Run(AddPosition.Decide(s, demo.Positions[0], clock, Given.Operator));
        Run(AddPosition.Decide(s, demo.Positions[1], clock, Given.Operator));
        Run(RegisterOfficial.Decide(s, demo.Officials[0], clock, Given.Operator));
        Run(RegisterOfficial.Decide(s, demo.Officials[1], clock, Given.Operator));
        Run(PlaceOfficial.Decide(s, demo.Placements[1], clock, Given.Operator));
        Run(PlaceOfficial.Decide(s, new PlaceOfficial(demo.Officials[0].Official, demo.Positions[1].Position, new DateOnly(2026, 2, 1), false), clock, Given.Operator));

        var replayed = OrganisationRegistry.Fold(KutaiKartanegara.Code, events.Select(RoundTrip));
        events.Select(e => e.GetType()).Distinct().Count().ShouldBe(7);
        replayed.Placements.ShouldBe(s.Placements);
        replayed.Officials.Values.OrderBy(o => o.Id.Value).ShouldBe(s.Officials.Values.OrderBy(o => o.Id.Value));
        replayed.BudgetApprovalDates.ShouldBe(s.BudgetApprovalDates);
    }
}
