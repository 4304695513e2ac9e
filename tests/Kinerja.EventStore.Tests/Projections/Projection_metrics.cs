using System.Diagnostics.Metrics;
using Kinerja.EventStore.Projections;

namespace Kinerja.EventStore.Tests.Projections;

[Collection(InfrastructureCollection.Name)]
public sealed class Projection_metrics(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task position_and_lag_of_a_running_projection_are_exported_as_gauges()
    {
        var name = $"metered-{Guid.NewGuid():N}";
        await using var store = await TestStores.CreateAsync(infrastructure, options => options.AsyncProjections.Add(new RecordingProjection(name)));
        var daemon = new ProjectionDaemon(store);
        await daemon.StartAsync(CancellationToken.None);
        await TestStores.DraftAsync(store, "agreement-metered", new TargetRevised("IKU-1", 1m, "r"));
        var last = (await store.ReadStreamAsync("agreement-metered"))[^1];
        await Eventually.Until(async () => (await store.GetProjectionStatusAsync(name))?.Position, p => p == last.Position, what: "caught up");
        await daemon.StopAsync(CancellationToken.None);

        var measured = new Dictionary<string, double>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "Kinerja.EventStore")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "projection" && (string?)tag.Value == name)
                {
                    measured[instrument.Name] = value;
                }
            }
        }
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.Start();
        listener.RecordObservableInstruments();

        measured["kinerja.event_store.projection.position"].ShouldBe(last.Position.Sequence);
        measured["kinerja.event_store.projection.lag"].ShouldBe(0);
    }
}
