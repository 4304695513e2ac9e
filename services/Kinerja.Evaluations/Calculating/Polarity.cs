using System.Text.Json.Serialization;

namespace Kinerja.Evaluations.Calculating;

/// <summary>Which direction of an indicator is good (<c>polaritas</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Polarity>))]
internal enum Polarity
{
    /// <summary>Higher is better (<c>positif</c>), e.g. the number of villages with clean water.</summary>
    Positive,

    /// <summary>Lower is better (<c>negatif</c>), e.g. the poverty rate.</summary>
    Negative,
}
