using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kinerja.Agreements.Values;

/// <summary>An identifier with a type of its own, so a unit id can never be passed where a position id belongs.</summary>
internal interface ITypedId<TSelf> where TSelf : struct, ITypedId<TSelf>
{
    string Value { get; }

    static abstract TSelf From(string value);
}

/// <summary>Writes a typed id as its bare string, the shape stored events and HTTP bodies use.</summary>
internal sealed class TypedIdJsonConverter<TId> : JsonConverter<TId> where TId : struct, ITypedId<TId>
{
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => TId.From(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);

    public override TId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => TId.From(reader.GetString() ?? "");

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) => writer.WritePropertyName(value.Value);
}
