using System.Text.Json.Serialization;

namespace Kinerja.Evaluations.Calculating;

/// <summary>How an indicator's periods add up to the year.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Consolidation>))]
internal enum Consolidation
{
    /// <summary>Counts that accumulate over the year: the year is the sum of its periods.</summary>
    Sum,

    /// <summary>Indices: the year is the mean of its periods.</summary>
    Average,

    /// <summary>Stock values such as "% of budget absorbed": the year is the latest period.</summary>
    Last,
}
