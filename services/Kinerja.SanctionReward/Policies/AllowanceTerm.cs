using System.Text.Json.Serialization;

namespace Kinerja.SanctionReward.Policies;

/// <summary>Whether an allowance percentage applies to each month's TPP or to the year's.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AllowanceTerm>))]
internal enum AllowanceTerm
{
    [JsonStringEnumMemberName("monthly")] Monthly,
    [JsonStringEnumMemberName("yearly")] Yearly,
}
