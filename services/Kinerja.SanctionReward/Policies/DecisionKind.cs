using System.Text.Json.Serialization;

namespace Kinerja.SanctionReward.Policies;

/// <summary>What a rule decides when it fires.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DecisionKind>))]
internal enum DecisionKind
{
    /// <summary>Penghargaan.</summary>
    [JsonStringEnumMemberName("recognition")] Recognition,

    /// <summary>A cut (negative) or raise (positive) of the performance allowance (TPP), in percent.</summary>
    [JsonStringEnumMemberName("allowanceAdjustment")] AllowanceAdjustment,

    /// <summary>Teguran tertulis.</summary>
    [JsonStringEnumMemberName("writtenWarning")] WrittenWarning,

    /// <summary>A performance improvement plan with a deadline in months.</summary>
    [JsonStringEnumMemberName("improvementPlan")] ImprovementPlan,

    /// <summary>A recommendation to the HR authority (pejabat yang berwenang di bidang kepegawaian).</summary>
    [JsonStringEnumMemberName("hrRecommendation")] HrRecommendation,
}
