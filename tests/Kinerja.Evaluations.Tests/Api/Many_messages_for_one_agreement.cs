using System.Text.Json;

namespace Kinerja.Evaluations.Tests.Api;

/// <summary>
/// ADR 0025: a verifier approving a batch sends many messages about ONE agreement at once. Each writes the same
/// stream; without the per-agreement partitioner they collide on its version, retry, and some end in an error queue.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class Many_messages_for_one_agreement(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private const int Burst = 60;
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
    public async Task Bug_a_burst_of_verifications_of_one_agreement_collided_and_ended_in_the_error_queue_so_each_is_now_learned_and_evaluated()
    {
        var upstream = Upstream.In("64.21");
        await _host.PublishAsync(upstream.Signed());
        await _host.AgreementAsync(upstream.AgreementId, upstream.RegionCode);
        await _host.PublishAsync(upstream.Verified("2026-Q1", 80));
        await _host.AgreementAsync(upstream.AgreementId, upstream.RegionCode, json => json.GetProperty("realisations").GetArrayLength() == 1);
        await _host.PublishAsync(upstream.Closed("2026-Q1"));
        var first = (await _probe.WaitForAsync(Exchanges.Evaluated, m => Text(m.Message, "agreementId") == upstream.AgreementId.ToString()))[0];

        // All at once: the correction of the evaluated indicator in the middle of verifications of other indicators
        // (each its own realisation, so the file must end up holding every one of them; entry 2 replaces entry 1).
        var burst = Enumerable.Range(0, Burst)
            .Select(i => i == Burst / 2
                ? upstream.Verified("2026-Q1", 95, entry: 2)
                : upstream.Verified("2026-Q1", i) with { IndicatorId = Guid.NewGuid() })
            .Select(message => _host.PublishAsync(message));
        await Task.WhenAll(burst);

        // A message that ran out of retries lands in an _error queue and is never learned: every one counts here.
        var history = await _host.AgreementAsync(upstream.AgreementId, upstream.RegionCode,
            json => json.GetProperty("realisations").GetArrayLength() == Burst, TimeSpan.FromMinutes(3));
        var standing = history.GetProperty("evaluations").EnumerateArray().Single(e => e.GetProperty("standing").GetBoolean());
        standing.GetProperty("evaluation").GetProperty("achievement").GetDecimal().ShouldBe(95m);
        standing.GetProperty("evaluation").GetProperty("supersedes").GetString().ShouldBe(Text(first.Message, "evaluationId"));
    }

    private static string? Text(JsonElement message, string property) =>
        message.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
