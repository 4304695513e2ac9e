namespace Kinerja.EventStore;

/// <summary>A stored event's type name has no registered type (or an event's type has no name).</summary>
public sealed class UnknownEventTypeException(string message) : Exception(message);
