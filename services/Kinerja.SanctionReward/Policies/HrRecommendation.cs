using System.Text.Json.Serialization;

namespace Kinerja.SanctionReward.Policies;

/// <summary>What the HR authority is asked to consider.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HrRecommendation>))]
internal enum HrRecommendation
{
    [JsonStringEnumMemberName("competencyReassessment")] CompetencyReassessment,
    [JsonStringEnumMemberName("transfer")] Transfer,
    [JsonStringEnumMemberName("demotion")] Demotion,
}
