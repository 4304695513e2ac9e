using System.Text.Json;

namespace Kinerja.Measurements.Tests.Api;

[Collection(MeasurementsApiCollection.Name)]
public sealed class Learning_agreements_from_the_bus(MeasurementsApiFixture api)
{
    private const string Region = "64.02";

    [Fact]
    public async Task an_agreement_signed_upstream_becomes_a_plan_with_its_indicators_and_targets()
    {
        var id = $"pk-learn-{Guid.NewGuid():N}";
        var plan = await api.SignAsync(Upstream.Signed(id, Region));

        plan.GetProperty("agreementKey").GetString().ShouldBe(id);
        plan.GetProperty("unitId").GetString().ShouldBe(Upstream.Unit);
        var indicators = plan.GetProperty("indicators").EnumerateArray().ToArray();
        indicators.Select(i => i.GetProperty("code").GetString()).ShouldBe(["IK-1", "IK-2"]);
        indicators[0].GetProperty("valueKind").GetString().ShouldBe("Percent");
        indicators[1].GetProperty("valueKind").GetString().ShouldBe("Count");
        indicators[0].GetProperty("responsibleNip").GetString().ShouldBe(Upstream.ReceiverNip);
        TargetOf(plan, "IK-1", "2025-Q1").ShouldBe("25");
    }

    [Fact]
    public async Task after_a_change_of_official_the_newcomer_reports_what_the_predecessor_answered_for()
    {
        var id = $"pk-handover-{Guid.NewGuid():N}";
        await api.SignAsync(Upstream.Signed(id, Region));
        using var predecessor = api.Client(new DemoUser("kadinkes-lama", "dr. Andi Pratama", [KinerjaRoles.Verifier], [Region]) { Nip = Upstream.ReceiverNip });
        using var newcomer = api.Client(new DemoUser("kadinkes-baru", "dr. Budi Santoso", [KinerjaRoles.Verifier], [Region]) { Nip = Upstream.NewcomerNip });

        await api.PublishAsync(Upstream.OfficialChanged(id, Region, version: 1));
        var plan = await api.PlanAsync(id, Region, p => p.GetProperty("indicators")[0].GetProperty("responsibleNip").GetString() == Upstream.NewcomerNip);

        plan.GetProperty("version").GetInt32().ShouldBe(1);
        (await (await predecessor.RecordAsync(id, "IK-1", "2025-Q2", Http.Value(50m))).ProblemAsync(System.Net.HttpStatusCode.Forbidden)).Fields().ShouldBe(["indicatorId"]);
        (await (await newcomer.RecordAsync(id, "IK-1", "2025-Q2", Http.Value(50m))).OkJsonAsync()).GetProperty("status").GetString().ShouldBe("AwaitingVerification");
    }

    [Fact]
    public async Task a_revision_that_arrives_before_the_signing_is_parked_and_applied_when_the_signing_arrives()
    {
        var id = $"pk-order-{Guid.NewGuid():N}";
        await api.PublishAsync(Upstream.Revised(id, Region, 2, Upstream.Coverage(30m, 55m, 80m, 95m), Upstream.Visits()));
        await api.PublishAsync(Upstream.Signed(id, Region));

        var plan = await api.PlanAsync(id, Region, p => p.GetProperty("version").GetInt32() == 2);

        TargetOf(plan, "IK-1", "2025-Q1").ShouldBe("30");
        TargetVersionOf(plan, "IK-1", "2025-Q1").ShouldBe(2);
        TargetVersionOf(plan, "IK-2", "2025-Q1").ShouldBe(1);
    }

    [Fact]
    public async Task a_duplicated_or_redelivered_agreement_event_changes_nothing()
    {
        var id = $"pk-dup-{Guid.NewGuid():N}";
        var signed = Upstream.Signed(id, Region);
        var messageId = Guid.NewGuid();
        await api.PublishAsync(signed, messageId);
        await api.PlanAsync(id, Region, _ => true);
        var revision = Upstream.Revised(id, Region, 2, Upstream.Coverage(30m, 55m, 80m, 95m), Upstream.Visits());
        await api.PublishAsync(revision);
        await api.PlanAsync(id, Region, p => p.GetProperty("version").GetInt32() == 2);

        // The same signing again (redelivered with its id, and republished with a new one), and the revision again.
        await api.PublishAsync(signed, messageId);
        await api.PublishAsync(signed);
        await api.PublishAsync(revision);
        var marker = $"pk-marker-{Guid.NewGuid():N}";
        await api.SignAsync(Upstream.Signed(marker, Region));

        var plan = await api.PlanAsync(id, Region, _ => true);
        plan.GetProperty("version").GetInt32().ShouldBe(2);
        TargetOf(plan, "IK-1", "2025-Q1").ShouldBe("30");
        var store = api.Service.Services.GetService(typeof(Kinerja.EventStore.EventStore)) as Kinerja.EventStore.EventStore;
        var facts = await store!.ReadStreamAsync($"agreement-{UpstreamIds.Agreement(id)}");
        facts.Count.ShouldBe(2);
    }

    [Fact]
    public async Task an_agreement_withdrawn_upstream_measures_nothing_more()
    {
        var id = $"pk-withdrawn-{Guid.NewGuid():N}";
        await api.SignAsync(Upstream.Signed(id, Region));
        await api.PublishAsync(Upstream.Withdrawn(id, Region));
        await api.PlanAsync(id, Region, p => p.GetProperty("status").GetString() == "Withdrawn");

        using var client = api.Client(People.Operator(Region));
        var response = await client.RecordAsync(id, "IK-1", "2025-Q1", Http.Value(30m));

        (await response.ProblemAsync(System.Net.HttpStatusCode.Conflict)).Fields().ShouldBe(["agreementId"]);
    }

    private static JsonElement Targets(JsonElement plan, string code) =>
        plan.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == code).GetProperty("targets");

    private static string? TargetOf(JsonElement plan, string code, string period) =>
        Targets(plan, code).EnumerateArray().Single(t => t.GetProperty("period").GetString() == period).GetProperty("target").GetString();

    private static int TargetVersionOf(JsonElement plan, string code, string period) =>
        Targets(plan, code).EnumerateArray().Single(t => t.GetProperty("period").GetString() == period).GetProperty("version").GetInt32();
}
