using System.Text.Json.Serialization;

namespace Kinerja.SanctionReward.Policies;

/// <summary>Which evaluation a rule looks at: a quarter's (TW I–IV) or the year-end one.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PeriodKind>))]
internal enum PeriodKind
{
    [JsonStringEnumMemberName("quarterly")] Quarterly,
    [JsonStringEnumMemberName("final")] Final,
}
