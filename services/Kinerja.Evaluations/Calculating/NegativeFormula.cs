using System.Text.Json.Serialization;

namespace Kinerja.Evaluations.Calculating;

/// <summary>The formula a region chose for lower-is-better indicators.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NegativeFormula>))]
internal enum NegativeFormula
{
    /// <summary><c>(2T − R) / T × 100</c>, floored at 0: the national default.</summary>
    TwiceTargetMinusRealisation,

    /// <summary><c>T / R × 100</c>, used by some regions.</summary>
    TargetOverRealisation,
}
