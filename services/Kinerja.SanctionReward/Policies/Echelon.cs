using System.Text.Json.Serialization;

namespace Kinerja.SanctionReward.Policies;

/// <summary>Structural level of the receiver's position; JF is a functional position.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Echelon>))]
internal enum Echelon
{
    [JsonStringEnumMemberName("II")] II,
    [JsonStringEnumMemberName("III")] III,
    [JsonStringEnumMemberName("IV")] IV,
    [JsonStringEnumMemberName("JF")] JF,
}
