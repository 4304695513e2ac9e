using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kinerja.Contracts.Measurements;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Agreements.Tests.Api;

/// <summary>
/// Issue 10: a verifier approving a batch makes Measurements publish many <c>RealisationVerified</c> about ONE
/// agreement at once. Each notes its period on the same stream; without the per-agreement partitioner they collided
/// on its version, ran out of retries, and ended in <c>agreements-realisation-verified_error</c> (18 in a 1× load run).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class Many_verifications_of_one_agreement(InfrastructureFixture infrastructure) : InARegion(infrastructure)
{
    private const int Indicators = 30;
    private const int Burst = Indicators * 4;

    [Fact]
    public async Task Bug_a_burst_of_verifications_of_one_agreement_ended_in_the_error_queue_so_each_is_now_noted_once()
    {
        // 30 quarterly indicators: 120 different (indicator, quarter) verifications, each of which appends one event.
        var indicators = Enumerable.Range(0, Indicators).Select(_ => Guid.NewGuid()).ToList();
        var content = AgreementsApi.Content(indicators[0]);
        var list = content["objectives"]![0]!["indicators"]!.AsArray();
        foreach (var (extra, n) in indicators.Skip(1).Select((g, n) => (g, n)))
        {
            var copy = list[0]!.DeepClone().AsObject();
            copy["id"] = extra.ToString();
            copy["name"] = $"Jumlah kunjungan rawat jalan puskesmas wilayah {n + 2}";
            list.Add(copy);
        }
        var id = await Api.InForceAsync(indicators[0], content);
        var errorsBefore = await ErrorMessagesAsync();

        var bus = Api.Factory.Services.GetRequiredService<IBus>();
        var outcomes = new Outcomes();
        using var observer = bus.ConnectConsumeObserver(outcomes);
        var burst = indicators
            .SelectMany(indicator => Enumerable.Range(1, 4).Select(quarter => new RealisationVerified
            {
                AgreementId = Guid.Parse(id), AgreementVersion = 1, IndicatorId = indicator, Period = $"2025-Q{quarter}", EntryNumber = 1,
                Value = 20_000, TargetVersion = 1, VerifiedBy = "Kepala Bidang", VerifiedAt = DateTimeOffset.UtcNow, RegionCode = AgreementsApi.Region, UnitId = "dinkes",
            }))
            .Select(message => bus.Publish(message));
        await Task.WhenAll(burst);

        await Eventually.Until(() => Task.FromResult(outcomes.Consumed + outcomes.GivenUp), n => n >= Burst, TimeSpan.FromMinutes(3), "every message of the burst handled");

        // A message that ran out of retries went to the error queue and was never noted: every verification must show up, once.
        outcomes.GivenUp.ShouldBe(0, "messages that ran out of retries (agreements-realisation-verified_error)");
        (await Api.HistoryAsync(id)).Count(e => e.GetProperty("type").GetString() == "agreement.realisation-verification-noted.v1").ShouldBe(Burst);
        (await Api.GetAsync(id)).GetProperty("verifiedRealisations").GetArrayLength().ShouldBe(Burst);
        (await ErrorMessagesAsync()).ShouldBe(errorsBefore);
    }

    private async Task<long> ErrorMessagesAsync()
    {
        using var admin = Api.Admin;
        var status = await admin.GetFromJsonAsync<JsonObject>("/ops/status");
        return status!["queues"]!.AsArray().Where(q => q!["queue"]!.GetValue<string>() == "agreements-realisation-verified")
            .Sum(q => q!["errorMessages"]!.GetValue<long>());
    }

    /// <summary>Messages of the burst handled: consumed, or given up on after the last retry (then in the error queue).</summary>
    private sealed class Outcomes : IConsumeObserver
    {
        private int _consumed;
        private int _givenUp;

        public int Consumed => Volatile.Read(ref _consumed);

        public int GivenUp => Volatile.Read(ref _givenUp);

        public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

        public Task PostConsume<T>(ConsumeContext<T> context) where T : class
        {
            if (context.Message is RealisationVerified)
            {
                Interlocked.Increment(ref _consumed);
            }
            return Task.CompletedTask;
        }

        // With the retry policy this is called once per message, after its last attempt failed.
        public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class
        {
            if (context.Message is RealisationVerified)
            {
                Interlocked.Increment(ref _givenUp);
            }
            return Task.CompletedTask;
        }
    }
}
