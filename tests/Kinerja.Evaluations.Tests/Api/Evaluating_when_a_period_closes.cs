using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Evaluations.Tests.Api;

/// <summary>Upstream events in, evaluations out on the bus, read by a plain AMQP client as an HR system would.</summary>
[Collection(ApiCollection.Name)]
public sealed class Evaluating_when_a_period_closes(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private EvaluationsHost _host = null!;
    private BusProbe _probe = null!;

    public async Task InitializeAsync()
    {
        _host = await EvaluationsHost.StartAsync(infrastructure);
        _probe = await BusProbe.StartAsync(_host.Rabbit, Exchanges.Evaluated, Exchanges.Superseded);
    }

    public async Task DisposeAsync()
    {
        await _probe.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task a_signed_agreement_with_a_verified_realisation_is_evaluated_and_published_when_its_period_closes()
    {
        var upstream = Upstream.In("64.02");

        var evaluated = await EvaluatedAsync(upstream, realised: 80);

        evaluated.MessageTypes.ShouldContain("urn:message:kinerja:evaluations:agreement-evaluated:v1");
        var message = evaluated.Message;
        message.GetProperty("period").GetString().ShouldBe("2026-TW1");
        message.GetProperty("periodKind").GetString().ShouldBe("Quarterly");
        message.GetProperty("achievement").BusDecimal().ShouldBe(80m);
        message.GetProperty("score").BusDecimal().ShouldBe(80m);
        message.GetProperty("rating").GetProperty("label").GetString().ShouldBe("Tinggi");
        // The same score on the other national scales, for policies written in employee predicates (70–<90).
        message.GetProperty("otherRatings").EnumerateArray()
            .Single(r => r.GetProperty("scaleId").GetString() == "pegawai-permenpanrb-6-2022")
            .GetProperty("label").GetString().ShouldBe("Butuh Perbaikan");
        message.GetProperty("rating").GetProperty("scaleId").GetString().ShouldBe("capaian-permendagri-86-2017");
        message.GetProperty("rating").GetProperty("scaleVersion").GetInt32().ShouldBe(1);
        message.GetProperty("rulesVersion").GetInt32().ShouldBe(1);
        message.GetProperty("isUnitHeadResult").GetBoolean().ShouldBeTrue();
        message.GetProperty("receiver").GetProperty("nip").GetString().ShouldBe("197001012000031001");
        var indicator = message.GetProperty("indicators")[0];
        indicator.GetProperty("target").GetString().ShouldBe("100");
        indicator.GetProperty("realisation").BusDecimal().ShouldBe(80m);
        indicator.GetProperty("status").GetString().ShouldBe("Computed");

        var explained = await _host.Client(TestTokens.For("auditor", "64.02"))
            .GetFromJsonAsync<JsonElement>($"/api/agreements/{upstream.AgreementId}/evaluations/2026-Q1");
        explained.GetProperty("standing").GetBoolean().ShouldBeTrue();
        var figure = explained.GetProperty("explanation").GetProperty("objectiveAchievements")[0].GetProperty("indicatorAchievements")[0];
        figure.GetProperty("explanation").GetProperty("formula").GetString().ShouldNotBeNullOrWhiteSpace();
        figure.GetProperty("explanation").GetProperty("realisations")[0].GetProperty("value").GetDecimal().ShouldBe(80m);
    }

    [Fact]
    public async Task a_revised_target_supersedes_the_evaluation_and_publishes_that_it_was_superseded()
    {
        var upstream = Upstream.In("64.03");
        var first = (await EvaluatedAsync(upstream, realised: 80)).Message.GetProperty("evaluationId").GetString();

        await _host.PublishAsync(upstream.RevisionApproved(quarterTarget: 80));

        var superseded = (await _probe.WaitForAsync(Exchanges.Superseded, m => m.Message.GetProperty("evaluationId").GetString() == first))[0];
        superseded.Message.GetProperty("reason").GetString()!.ShouldStartWith("TargetRevised");
        var replacement = (await _probe.WaitForAsync(Exchanges.Evaluated, m => IdOf(m, "supersedes") == first))[0].Message;
        replacement.GetProperty("evaluationId").GetString().ShouldBe(superseded.Message.GetProperty("supersededBy").GetString());
        replacement.GetProperty("agreementVersion").GetInt32().ShouldBe(2);
        replacement.GetProperty("achievement").BusDecimal().ShouldBe(100m);
        replacement.GetProperty("rating").GetProperty("label").GetString().ShouldBe("Sangat Tinggi");

        var history = await _host.AgreementAsync(upstream.AgreementId, "64.03");
        var evaluations = history.GetProperty("evaluations").EnumerateArray().ToList();
        evaluations.Count.ShouldBe(2);
        evaluations[0].GetProperty("standing").GetBoolean().ShouldBeFalse();
        evaluations[0].GetProperty("supersededBy").GetString().ShouldBe(replacement.GetProperty("evaluationId").GetString());
        evaluations[1].GetProperty("standing").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task a_corrected_realisation_once_verified_supersedes_the_evaluation()
    {
        var upstream = Upstream.In("64.04");
        var first = (await EvaluatedAsync(upstream, realised: 80)).Message.GetProperty("evaluationId").GetString();

        await _host.PublishAsync(new Kinerja.Contracts.Measurements.RealisationCorrected
        {
            AgreementId = upstream.AgreementId, AgreementVersion = 1, IndicatorId = upstream.IndicatorId, Period = "2026-Q1", EntryNumber = 2,
            PreviousValue = 80, Value = 95, Reason = "Salah ketik", CorrectedBy = "Operator", CorrectedAt = DateTimeOffset.UtcNow,
            RegionCode = "64.04", UnitId = "unit-dinkes",
        });
        await _host.PublishAsync(upstream.Verified("2026-Q1", 95, entry: 2));

        var replacement = (await _probe.WaitForAsync(Exchanges.Evaluated, m => IdOf(m, "supersedes") == first))[0].Message;
        replacement.GetProperty("achievement").BusDecimal().ShouldBe(95m);
        replacement.GetProperty("rating").GetProperty("label").GetString().ShouldBe("Sangat Tinggi");
        (await _probe.WaitForAsync(Exchanges.Superseded, m => IdOf(m, "evaluationId") == first))[0]
            .Message.GetProperty("reason").GetString()!.ShouldStartWith("RealisationCorrected");
    }

    [Fact]
    public async Task duplicate_upstream_messages_change_nothing()
    {
        var upstream = Upstream.In("64.05");
        await _host.PublishAsync(upstream.Signed());
        await _host.AgreementAsync(upstream.AgreementId, "64.05");
        var verification = Guid.NewGuid();
        await _host.PublishAsync(upstream.Verified("2026-Q1", 80), verification);
        await _host.AgreementAsync(upstream.AgreementId, "64.05", json => json.GetProperty("realisations").GetArrayLength() == 1);
        var closing = Guid.NewGuid();
        await _host.PublishAsync(upstream.Closed("2026-Q1"), closing);
        await _probe.WaitForAsync(Exchanges.Evaluated, m => IdOf(m, "agreementId") == upstream.AgreementId.ToString());

        // A redelivery carries the same message id; its content is changed here only to make any effect visible:
        // had these been handled, Q1 would count 50 and TW2 would be evaluated before its realisation arrived.
        await _host.PublishAsync(upstream.Verified("2026-Q1", 50), verification);
        await _host.PublishAsync(upstream.Closed("2026-Q1") with { Period = "2026-Q2" }, closing);
        await _host.PublishAsync(upstream.Verified("2026-Q2", 70));
        await _host.AgreementAsync(upstream.AgreementId, "64.05", json => json.GetProperty("realisations").GetArrayLength() == 2);
        await _host.PublishAsync(upstream.Closed("2026-Q2"));

        var second = await _probe.WaitForAsync(Exchanges.Evaluated, m => IdOf(m, "agreementId") == upstream.AgreementId.ToString() && IdOf(m, "period") == "2026-TW2");
        second[0].Message.GetProperty("achievement").BusDecimal().ShouldBe(75m);
        second[0].Message.GetProperty("supersedes").ValueKind.ShouldBe(JsonValueKind.Null);
        var history = await _host.AgreementAsync(upstream.AgreementId, "64.05");
        history.GetProperty("realisations").EnumerateArray().Select(r => r.GetProperty("value").GetDecimal()).ShouldBe([80m, 70m]);
        var evaluations = history.GetProperty("evaluations").EnumerateArray().Select(e => e.GetProperty("evaluation")).ToList();
        evaluations.Select(e => e.GetProperty("period").GetString()).ShouldBe(["2026-TW1", "2026-TW2"]);
        evaluations[0].GetProperty("achievement").GetDecimal().ShouldBe(80m);
        _probe.Received.Count(m => IdOf(m, "agreementId") == upstream.AgreementId.ToString()).ShouldBe(2);
    }

    [Fact]
    public async Task closing_the_last_quarter_also_makes_the_final_evaluation_of_the_year()
    {
        var upstream = Upstream.In("64.06");
        await _host.PublishAsync(upstream.Signed());
        await _host.AgreementAsync(upstream.AgreementId, "64.06");
        foreach (var (quarter, value) in new[] { (1, 100m), (2, 90m), (3, 110m), (4, 60m) })
        {
            await _host.PublishAsync(upstream.Verified($"2026-Q{quarter}", value));
        }
        await _host.AgreementAsync(upstream.AgreementId, "64.06", json => json.GetProperty("realisations").GetArrayLength() == 4);

        await _host.PublishAsync(upstream.Closed("2026-Q4"));

        var final = (await _probe.WaitForAsync(Exchanges.Evaluated, m => IdOf(m, "agreementId") == upstream.AgreementId.ToString() && IdOf(m, "period") == "2026"))[0].Message;
        final.GetProperty("periodKind").GetString().ShouldBe("Final");
        final.GetProperty("achievement").BusDecimal().ShouldBe(90m);
        final.GetProperty("indicators")[0].GetProperty("target").GetString().ShouldBe("400");
        (await _probe.WaitForAsync(Exchanges.Evaluated, m => IdOf(m, "agreementId") == upstream.AgreementId.ToString() && IdOf(m, "period") == "2026-TW4"))
            [0].Message.GetProperty("achievement").BusDecimal().ShouldBe(90m);
    }

    [Fact]
    public async Task Bug_terms_arriving_after_their_period_closed_were_never_evaluated_so_they_are_evaluated_on_arrival()
    {
        // A sentinel agreement known before the close shows when the close has been handled.
        var sentinel = Upstream.In("64.07");
        await EvaluatedAsync(sentinel, realised: 60);
        var late = sentinel with { AgreementId = Guid.NewGuid(), ObjectiveId = Guid.NewGuid(), IndicatorId = Guid.NewGuid() };

        await _host.PublishAsync(late.Signed());

        var onArrival = (await _probe.WaitForAsync(Exchanges.Evaluated, m => IdOf(m, "agreementId") == late.AgreementId.ToString()))[0].Message;
        onArrival.GetProperty("period").GetString().ShouldBe("2026-TW1");
        onArrival.GetProperty("indicatorsNotReported").GetInt32().ShouldBe(1);
        var history = await _host.AgreementAsync(late.AgreementId, late.RegionCode);
        history.GetProperty("evaluations")[0].GetProperty("trigger").GetString().ShouldBe("PeriodClosed");

        // Its realisation, verified later, then changes that evaluation like any other.
        await _host.PublishAsync(late.Verified("2026-Q1", 90));
        var first = onArrival.GetProperty("evaluationId").GetString();
        (await _probe.WaitForAsync(Exchanges.Evaluated, m => IdOf(m, "supersedes") == first))[0]
            .Message.GetProperty("achievement").BusDecimal().ShouldBe(90m);
    }

    [Fact]
    public async Task the_rating_distribution_counts_only_the_standing_evaluation_kept_by_the_standing_projection()
    {
        var upstream = Upstream.In("64.08");
        var first = (await EvaluatedAsync(upstream, realised: 80)).Message.GetProperty("evaluationId").GetString();
        await _host.PublishAsync(upstream.RevisionApproved(quarterTarget: 80));
        await _probe.WaitForAsync(Exchanges.Superseded, m => IdOf(m, "evaluationId") == first);

        var client = _host.Client(TestTokens.For("auditor", "64.08"));
        var distribution = await Eventually.Until(() => client.GetFromJsonAsync<JsonElement>("/api/regions/64.08/ratings?period=2026-TW1"),
            d => d.GetArrayLength() == 1 && d[0].GetProperty("ratings")[0].GetProperty("label").GetString() == "Sangat Tinggi",
            TimeSpan.FromSeconds(60), "the superseding rating counted");

        distribution[0].GetProperty("agreements").GetInt32().ShouldBe(1);
        distribution[0].GetProperty("ratings").GetArrayLength().ShouldBe(1);
        var store = _host.Services.GetRequiredService<Kinerja.EventStore.EventStore>();
        (await store.GetProjectionStatusAsync("evaluations.standing")).ShouldNotBeNull("the figures are served by the projection (ADR 0036)");
    }

    private async Task<ProbedMessage> EvaluatedAsync(Upstream upstream, decimal realised)
    {
        await _host.PublishAsync(upstream.Signed());
        await _host.AgreementAsync(upstream.AgreementId, upstream.RegionCode);
        await _host.PublishAsync(upstream.Verified("2026-Q1", realised));
        await _host.AgreementAsync(upstream.AgreementId, upstream.RegionCode, json => json.GetProperty("realisations").GetArrayLength() == 1);
        await _host.PublishAsync(upstream.Closed("2026-Q1"));
        return (await _probe.WaitForAsync(Exchanges.Evaluated, m => IdOf(m, "agreementId") == upstream.AgreementId.ToString()))[0];
    }

    private static string? IdOf(ProbedMessage message, string property) =>
        message.Message.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
