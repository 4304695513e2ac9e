using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kinerja.SanctionReward.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class Deciding_on_evaluations(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private SanctionRewardApi _api = null!;

    public async Task InitializeAsync() => _api = await SanctionRewardApi.StartAsync(infrastructure);

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task two_low_quarters_propose_a_written_warning_that_is_published_only_once_approved()
    {
        const string nip = "197501012000031001";
        await _api.PublishAsync(SanctionRewardApi.Evaluation("64.71", nip, "2026-TW1", 45m, "Sangat Rendah"));
        await _api.PublishAsync(SanctionRewardApi.Evaluation("64.71", nip, "2026-TW2", 40m, "Sangat Rendah"));

        var decision = (await _api.DecisionsAsync("64.71", nip, atLeast: 1)).Single();
        decision.GetProperty("kind").GetString().ShouldBe("WrittenWarning");
        decision.GetProperty("status").GetString().ShouldBe("Proposed");
        decision.GetProperty("policyId").GetString().ShouldBe("national-default");
        decision.GetProperty("ruleId").GetString().ShouldBe("warn-two-low-quarters");
        decision.GetProperty("period").GetString().ShouldBe("2026-TW2");
        _api.Probe.Received.ShouldBeEmpty("nothing is published before approval");

        var id = decision.GetProperty("id").GetGuid();
        using var approve = await _api.As("verifier", "64.71").PostAsJsonAsync($"/api/decisions/{id}/approve", new { });
        approve.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var published = (await _api.Probe.WaitForAsync(SanctionRewardApi.Approved)).Single();
        published.MessageTypes.ShouldContain("urn:message:kinerja:sanctionreward:decision-approved:v1");
        published.Message.GetProperty("decisionId").GetString().ShouldBe(id.ToString());
        published.Message.GetProperty("kind").GetString().ShouldBe("WrittenWarning");
        published.Message.GetProperty("receiverNip").GetString().ShouldBe(nip);
        published.Message.GetProperty("ruleId").GetString().ShouldBe("warn-two-low-quarters");
        published.Message.GetProperty("legalBasis").GetString()!.ShouldContain("national-default v1");

        using var again = await _api.As("verifier", "64.71").PostAsJsonAsync($"/api/decisions/{id}/approve", new { });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task a_redelivered_or_repeated_evaluation_proposes_nothing_twice()
    {
        const string nip = "198002022005011002";
        var evaluation = SanctionRewardApi.Evaluation("64.71", nip, "2026", 95m, "Sangat Tinggi", echelon: "II");
        var messageId = Guid.NewGuid();
        await _api.PublishAsync(evaluation, messageId);
        await _api.PublishAsync(evaluation, messageId);
        await _api.PublishAsync(evaluation);

        var decisions = await _api.DecisionsAsync("64.71", nip, atLeast: 1);
        await Task.Delay(TimeSpan.FromSeconds(2)); // let any duplicate land before counting
        decisions = await _api.DecisionsAsync("64.71", nip, atLeast: 1);

        decisions.Count.ShouldBe(1);
        decisions[0].GetProperty("kind").GetString().ShouldBe("Recognition");
    }

    [Fact]
    public async Task a_superseding_evaluation_that_no_longer_warrants_a_decision_revokes_it_and_says_so()
    {
        const string nip = "198503032010012003";
        await _api.PublishAsync(SanctionRewardApi.Evaluation("64.71", nip, "2026-TW1", 30m, "Sangat Rendah"));
        var low = SanctionRewardApi.Evaluation("64.71", nip, "2026-TW2", 35m, "Sangat Rendah");
        await _api.PublishAsync(low);
        var id = (await _api.DecisionsAsync("64.71", nip, atLeast: 1)).Single().GetProperty("id").GetGuid();
        (await _api.As("verifier", "64.71").PostAsJsonAsync($"/api/decisions/{id}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await _api.PublishAsync(SanctionRewardApi.Evaluation("64.71", nip, "2026-TW2", 80m, "Tinggi", supersedes: low.EvaluationId));

        var revoked = (await _api.Probe.WaitForAsync(SanctionRewardApi.Revoked, m => m.Message.GetProperty("decisionId").GetString() == id.ToString())).Single();
        revoked.Message.GetProperty("receiverNip").GetString().ShouldBe(nip);
        var decision = await _api.As("auditor", "*").GetFromJsonAsync<JsonElement>($"/api/decisions/{id}");
        decision.GetProperty("status").GetString().ShouldBe("Revoked");
    }

    [Fact]
    public async Task an_objection_overturned_on_appeal_is_published_and_the_decision_no_longer_stands()
    {
        const string nip = "199004042015031004";
        await _api.PublishAsync(SanctionRewardApi.Evaluation("64.71", nip, "2026-TW3", 20m, "Sangat Rendah"));
        await _api.PublishAsync(SanctionRewardApi.Evaluation("64.71", nip, "2026-TW4", 25m, "Sangat Rendah"));
        var id = (await _api.DecisionsAsync("64.71", nip, atLeast: 1)).Single().GetProperty("id").GetGuid();
        var verifier = _api.As("verifier", "64.71");
        (await verifier.PostAsJsonAsync($"/api/decisions/{id}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await _api.As("operator", "64.71").PostAsJsonAsync($"/api/decisions/{id}/appeal", new { reason = "Data TW III belum diverifikasi ulang." }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await verifier.PostAsJsonAsync($"/api/decisions/{id}/appeal/decision", new { upheld = false, reason = "Keberatan diterima." }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var outcome = (await _api.Probe.WaitForAsync(SanctionRewardApi.AppealDecidedExchange)).Single();
        outcome.Message.GetProperty("upheld").GetBoolean().ShouldBeFalse();
        outcome.Message.GetProperty("appealReason").GetString().ShouldBe("Data TW III belum diverifikasi ulang.");
        var decision = await _api.As("auditor", "*").GetFromJsonAsync<JsonElement>($"/api/decisions/{id}");
        decision.GetProperty("status").GetString().ShouldBe("Overturned");
        decision.GetProperty("appeal").GetString().ShouldBe("Overturned");
    }

    [Fact]
    public async Task Bug_a_streak_completed_by_an_earlier_quarter_arriving_late_was_missed()
    {
        const string nip = "197808082003121008";
        await _api.PublishAsync(SanctionRewardApi.Evaluation("64.71", nip, "2026-TW2", 40m, "Sangat Rendah"));
        await _api.DecisionsAsync("64.71", atLeast: 0);
        await Eventually.Until(async () => (await _api.As("auditor", "*").GetStringAsync($"/api/decisions?region=64.71&nip={nip}")), _ => true);
        await Task.Delay(TimeSpan.FromSeconds(1)); // TW II is in before TW I is sent

        await _api.PublishAsync(SanctionRewardApi.Evaluation("64.71", nip, "2026-TW1", 45m, "Sangat Rendah"));

        var decision = (await _api.DecisionsAsync("64.71", nip, atLeast: 1)).Single();
        decision.GetProperty("period").GetString().ShouldBe("2026-TW2");
        decision.GetProperty("ruleId").GetString().ShouldBe("warn-two-low-quarters");
    }

    [Fact]
    public async Task a_regional_policy_written_in_employee_predicates_reads_the_evaluations_rating_on_that_scale()
    {
        const string nip = "197909092004121009";
        var evaluation = SanctionRewardApi.Evaluation("64.02", nip, "2026-TW1", 60m, "Rendah") with
        {
            OtherRatings = [new Kinerja.Contracts.Evaluations.EvaluationRating("Kurang", "Poor", "pegawai-permenpanrb-6-2022", 1)],
        };

        await _api.PublishAsync(evaluation);

        var decision = (await _api.DecisionsAsync("64.02", nip, atLeast: 1)).Single();
        decision.GetProperty("policyId").GetString().ShouldBe("64.02-tpp");
        decision.GetProperty("ruleId").GetString().ShouldBe("cut-poor-quarter");
        decision.GetProperty("allowancePercent").GetDecimal().ShouldBe(-1m);
    }
}
