using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kinerja.SanctionReward.Policies;

/// <summary>The policy's wire shape: camelCase, enums by their explicit names, absent values omitted.</summary>
internal static class PolicyJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    public static string Serialize(Policy policy) => JsonSerializer.Serialize(policy, Options);

    public static Policy Deserialize(string json) =>
        JsonSerializer.Deserialize<Policy>(json, Options) ?? throw new JsonException("The policy is null.");
}
