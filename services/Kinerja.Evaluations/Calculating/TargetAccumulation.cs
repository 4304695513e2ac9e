using System.Text.Json.Serialization;

namespace Kinerja.Evaluations.Calculating;

/// <summary>Whether an indicator's sub-annual targets are stated for each period alone or to date.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TargetAccumulation>))]
internal enum TargetAccumulation
{
    /// <summary>The TW II target is what TW II alone should deliver.</summary>
    PerPeriod,

    /// <summary>The TW II target is what TW I and TW II together should have delivered.</summary>
    Cumulative,
}
