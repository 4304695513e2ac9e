namespace Kinerja.Measurements;

/// <summary>A domain event of this service; each one has a stored type name in <see cref="MeasurementEventTypes"/>.</summary>
internal interface IMeasurementEvent;
