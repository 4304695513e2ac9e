namespace Kinerja.Measurements.Tests;

public class Event_type_names
{
    [Fact]
    public void every_domain_event_has_one_explicit_versioned_name()
    {
        var eventTypes = typeof(IMeasurementEvent).Assembly.GetTypes()
            .Where(t => typeof(IMeasurementEvent).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false });

        MeasurementEventTypes.All.Select(e => e.Type).ShouldBe(eventTypes, ignoreOrder: true);
        MeasurementEventTypes.All.Select(e => e.Name).ShouldBeUnique();
        MeasurementEventTypes.All.ShouldAllBe(e => System.Text.RegularExpressions.Regex.IsMatch(e.Name, @"^measurement\.[a-z-]+\.v[0-9]+$"));
    }

    [Fact]
    public void a_name_leads_back_to_its_type()
    {
        foreach (var (type, name) in MeasurementEventTypes.All)
        {
            MeasurementEventTypes.TypeOf(name).ShouldBe(type);
            MeasurementEventTypes.NameOf(type).ShouldBe(name);
        }
        Should.Throw<InvalidOperationException>(() => MeasurementEventTypes.TypeOf("measurement.unknown.v1"));
    }
}
