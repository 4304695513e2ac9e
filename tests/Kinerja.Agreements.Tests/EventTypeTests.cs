using System.Text.Json;
using System.Text.RegularExpressions;
using Kinerja.Agreements.ChangingOfficial;

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
}
