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
    public async Task an_official_amends_a_proposal_with_a_reason_and_the_amended_decision_is_published()
    {
        const string nip = "197612122001121012";
        await _api.PublishAsync(SanctionRewardApi.Evaluation("64.02", nip, "2026-TW1", 60m, "Rendah") with
        {
            OtherRatings = [new Kinerja.Contracts.Evaluations.EvaluationRating("Kurang", "Poor", "pegawai-permenpanrb-6-2022", 1)],
        });
        var id = (await _api.DecisionsAsync("64.02", nip, atLeast: 1)).Single().GetProperty("id").GetGuid();
        var verifier = _api.As("verifier", "64.02");

        var unexplained = await verifier.PostAsJsonAsync($"/api/decisions/{id}/amend", new { allowancePercent = -0.5m });
        unexplained.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unexplained.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _).ShouldBeTrue();
        (await _api.As("auditor", "*").GetFromJsonAsync<JsonElement>($"/api/decisions/{id}")).GetProperty("status").GetString().ShouldBe("Proposed");

        using var amended = await verifier.PostAsJsonAsync($"/api/decisions/{id}/amend", new { reason = "Cuti sakit dua minggu pada TW I.", allowancePercent = -0.5m });

        amended.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var published = (await _api.Probe.WaitForAsync(SanctionRewardApi.Approved, m => m.Message.GetProperty("decisionId").GetString() == id.ToString())).Single();
        // MassTransit writes decimals as JSON strings.
        decimal.Parse(published.Message.GetProperty("allowancePercent").GetString()!, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(-0.5m);
        published.Message.GetProperty("amendmentReason").GetString().ShouldBe("Cuti sakit dua minggu pada TW I.");
        var decision = await _api.As("auditor", "*").GetFromJsonAsync<JsonElement>($"/api/decisions/{id}");
        decision.GetProperty("status").GetString().ShouldBe("Approved");
        decision.GetProperty("proposed").GetProperty("allowancePercent").GetDecimal().ShouldBe(-1m);
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

        // Evaluations of one official are handled in the order they arrive (ADR 0025): once a warning from two later
        // low quarters is there, every copy of the year's evaluation has been handled.
        await _api.PublishAsync(SanctionRewardApi.Evaluation("64.71", nip, "2026-TW1", 45m, "Sangat Rendah", echelon: "II"));
        await _api.PublishAsync(SanctionRewardApi.Evaluation("64.71", nip, "2026-TW2", 40m, "Sangat Rendah", echelon: "II"));
        var decisions = await _api.DecisionsAsync("64.71", nip, atLeast: 2);

        decisions.Count.ShouldBe(2);
        decisions.Select(d => d.GetProperty("kind").GetString()).ShouldBe(["WrittenWarning", "Recognition"], ignoreOrder: true);
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
    public async Task Bug_a_decision_left_unchanged_by_one_re_evaluation_was_missed_by_the_next_which_now_revokes_it()
    {
        const string nip = "198106062006041006";
        await _api.PublishAsync(SanctionRewardApi.Evaluation("64.71", nip, "2026-TW1", 30m, "Sangat Rendah"));
        var low = SanctionRewardApi.Evaluation("64.71", nip, "2026-TW2", 35m, "Sangat Rendah");
        await _api.PublishAsync(low);
        var id = (await _api.DecisionsAsync("64.71", nip, atLeast: 1)).Single().GetProperty("id").GetGuid();
        (await _api.As("verifier", "64.71").PostAsJsonAsync($"/api/decisions/{id}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        // Still low: the warning stays, citing the first evaluation. Then a third evaluation lifts the quarter.
        var stillLow = SanctionRewardApi.Evaluation("64.71", nip, "2026-TW2", 40m, "Sangat Rendah", supersedes: low.EvaluationId);
        await _api.PublishAsync(stillLow);
        await _api.PublishAsync(SanctionRewardApi.Evaluation("64.71", nip, "2026-TW2", 80m, "Tinggi", supersedes: stillLow.EvaluationId));

        (await _api.Probe.WaitForAsync(SanctionRewardApi.Revoked, m => m.Message.GetProperty("decisionId").GetString() == id.ToString())).Single();
        var decisions = await _api.DecisionsAsync("64.71", nip);
        decisions.Single().GetProperty("status").GetString().ShouldBe("Revoked");
        decisions.Single().GetProperty("evaluationId").GetString().ShouldBe(low.EvaluationId);
    }

    [Fact]
    public async Task Bug_re_evaluating_an_earlier_quarter_left_the_later_quarters_decisions_standing_so_they_are_decided_again()
    {
        const string nip = "198207072007051007";
        var first = SanctionRewardApi.Evaluation("64.71", nip, "2026-TW1", 30m, "Sangat Rendah");
        await _api.PublishAsync(first);
        await _api.PublishAsync(SanctionRewardApi.Evaluation("64.71", nip, "2026-TW2", 35m, "Sangat Rendah"));
        var warning = (await _api.DecisionsAsync("64.71", nip, atLeast: 1)).Single();
        warning.GetProperty("period").GetString().ShouldBe("2026-TW2");
        var id = warning.GetProperty("id").GetGuid();
        (await _api.As("verifier", "64.71").PostAsJsonAsync($"/api/decisions/{id}/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        // TW I was fine after all: TW II alone is no streak of two low quarters.
        var corrected = SanctionRewardApi.Evaluation("64.71", nip, "2026-TW1", 85m, "Sangat Tinggi", supersedes: first.EvaluationId);
        await _api.PublishAsync(corrected);

        var revoked = (await _api.Probe.WaitForAsync(SanctionRewardApi.Revoked, m => m.Message.GetProperty("decisionId").GetString() == id.ToString())).Single();
        revoked.Message.GetProperty("supersedingEvaluationId").GetString().ShouldBe(corrected.EvaluationId, revoked.RawBody);
        revoked.Message.GetProperty("reason").GetString()!.ShouldContain("2026-TW2");
        (await _api.As("auditor", "*").GetFromJsonAsync<JsonElement>($"/api/decisions/{id}")).GetProperty("status").GetString().ShouldBe("Revoked");

        // And back: TW I low again makes the streak, and TW II's warning is proposed anew (a decision of its own).
        await _api.PublishAsync(SanctionRewardApi.Evaluation("64.71", nip, "2026-TW1", 40m, "Sangat Rendah", supersedes: corrected.EvaluationId));
        var again = await Eventually.Until(async () => await _api.DecisionsAsync("64.71", nip),
            rows => rows.Any(d => d.GetProperty("status").GetString() == "Proposed"), TimeSpan.FromSeconds(60), "TW II's warning proposed again");
        var renewed = again.Single(d => d.GetProperty("status").GetString() == "Proposed");
        renewed.GetProperty("period").GetString().ShouldBe("2026-TW2");
        renewed.GetProperty("ruleId").GetString().ShouldBe("warn-two-low-quarters");
        renewed.GetProperty("id").GetGuid().ShouldNotBe(id);
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
        // Evaluations of one official are handled in the order they arrive (ADR 0025): TW II is in before TW I.
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
