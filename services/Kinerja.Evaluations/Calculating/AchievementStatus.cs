using System.Text.Json.Serialization;

namespace Kinerja.Evaluations.Calculating;

/// <summary>Whether a figure could be computed, and if not, why. Only <see cref="Computed"/> figures enter roll-ups.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AchievementStatus>))]
internal enum AchievementStatus
{
    Computed,

    /// <summary>A period it needs has no verified realisation (<c>belum dilaporkan</c>): not zero, just unknown.</summary>
    NotReported,

    /// <summary>The agreement gives no target for a period it needs.</summary>
    NoTarget,

    /// <summary>No period of the indicator's frequency has ended yet (an annual indicator in TW II).</summary>
    NotDue,
}
