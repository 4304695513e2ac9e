using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Kinerja.Contracts.Agreements;
using Xunit.Abstractions;

namespace Kinerja.Evaluations.Tests.Api;

/// <summary>
/// Issue 10's measurement of the Evaluations bottleneck (docs/benchmarks-evaluations.md), not a correctness test:
/// agreements with eight indicators are signed and evaluated for TW1, then each gets a run of corrected, verified
/// realisations of TW1, every one of which re-evaluates and supersedes the standing evaluation. Printed: throughput
/// (verifications → evaluation published on the bus) and cost per verification, at a short and a 4× longer run per
/// agreement, so growth with an agreement's history shows. Run with
/// <c>dotnet test tests/Kinerja.Evaluations.Tests --filter "FullyQualifiedName~Measuring_verification_throughput" --logger "console;verbosity=detailed"</c>.
/// </summary>
[Collection(ApiCollection.Name)]
[Trait("Category", "Full")]
public sealed class Measuring_verification_throughput(InfrastructureFixture infrastructure, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Agreements = 20;
    private const int Indicators = 8;
    private EvaluationsHost _host = null!;
    private BusProbe _probe = null!;

    public async Task InitializeAsync()
    {
        _host = await EvaluationsHost.StartAsync(infrastructure);
        _probe = await BusProbe.StartAsync(_host.Rabbit, Exchanges.Evaluated);
    }

    public async Task DisposeAsync()
    {
        await _probe.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task verifications_after_an_evaluation_at_1x_and_4x_the_history_per_agreement()
    {
        // Warm-up (JIT, connection pools), not reported.
        await RunAsync("64.90", perAgreement: 3);
        var small = await RunAsync("64.91", perAgreement: 10);
        var large = await RunAsync("64.92", perAgreement: 40);
        output.WriteLine($"growth of the cost per verification, 4x / 1x: {large.MsPerVerification / small.MsPerVerification:0.00}");
    }

    private async Task<(double PerSecond, double MsPerVerification)> RunAsync(string region, int perAgreement)
    {
        var agreements = Enumerable.Range(0, Agreements).Select(_ => Upstream.In(region)).ToList();
        var ids = agreements.Select(a => a.AgreementId.ToString()).ToHashSet();
        foreach (var agreement in agreements)
        {
            await _host.PublishAsync(Signed(agreement));
        }
        await Task.WhenAll(agreements.Select(async agreement =>
        {
            foreach (var (indicator, i) in IndicatorIds(agreement).Select((id, i) => (id, i)))
            {
                await _host.PublishAsync(agreement.Verified("2026-Q1", 60 + i) with { IndicatorId = indicator });
            }
        }));
        await Task.WhenAll(agreements.Select(a => _host.AgreementAsync(a.AgreementId, region,
            json => json.GetProperty("realisations").GetArrayLength() == Indicators, TimeSpan.FromMinutes(3))));
        await _host.PublishAsync(agreements[0].Closed("2026-Q1"));
        await _probe.WaitForAsync(Exchanges.Evaluated, m => Of(m, ids), Agreements, TimeSpan.FromMinutes(3));

        // Each agreement's corrections in order (entry 2, 3, …), agreements side by side: every one supersedes.
        var total = Agreements * perAgreement;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(agreements.Select(async agreement =>
        {
            for (var entry = 2; entry < 2 + perAgreement; entry++)
            {
                await _host.PublishAsync(agreement.Verified("2026-Q1", 100 + entry, entry));
            }
        }));
        var published = clock.Elapsed;
        await _probe.WaitForAsync(Exchanges.Evaluated, m => Of(m, ids), Agreements + total, TimeSpan.FromMinutes(20));
        var elapsed = clock.Elapsed;
        var perSecond = total / elapsed.TotalSeconds;
        var ms = elapsed.TotalMilliseconds / total;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{region}: {Agreements} agreements x {perAgreement} verifications = {total}: all published in {published.TotalSeconds:0.0} s, all evaluated in {elapsed.TotalSeconds:0.0} s, {perSecond:0.0}/s, {ms:0.0} ms per verification"));
        return (perSecond, ms);
    }

    private static bool Of(ProbedMessage message, HashSet<string> ids) =>
        message.Message.TryGetProperty("agreementId", out var id) && id.ValueKind == JsonValueKind.String && ids.Contains(id.GetString()!);

    // Indicator 0 is the upstream's own (its corrections are published by Upstream.Verified); the others are derived.
    private static List<Guid> IndicatorIds(Upstream upstream) =>
        [upstream.IndicatorId, .. Enumerable.Range(1, Indicators - 1).Select(i => new Guid(upstream.AgreementId.ToByteArray()[..12].Concat(BitConverter.GetBytes(i)).ToArray()))];

    private static AgreementSigned Signed(Upstream upstream)
    {
        var signed = upstream.Signed();
        var template = signed.Objectives[0].Indicators[0];
        var indicators = IndicatorIds(upstream).Select((id, i) => template with
        {
            Id = id.ToString(),
            Name = $"{template.Name} ({i + 1})",
            Polarity = i % 3 == 2 ? "Negative" : "Positive",
        }).ToList();
        return signed with { Objectives = [signed.Objectives[0] with { Indicators = indicators }] };
    }
}
