using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kinerja.SanctionReward.Policies;

/// <summary>Names a policy across its versions, e.g. <c>national-default</c> or <c>64.02-tpp</c>.</summary>
[JsonConverter(typeof(PolicyIdJsonConverter))]
internal readonly record struct PolicyId(string Value)
{
    public override string ToString() => Value ?? "";
}

internal sealed class PolicyIdJsonConverter : JsonConverter<PolicyId>
{
    public override PolicyId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, PolicyId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value ?? "");
}
