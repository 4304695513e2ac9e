using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Kinerja.Measurements.Storage;

/// <summary>
/// How events and read-model states are written as JSON: periods and region codes as their wire text, ids as plain
/// GUIDs, enums by name, and the abstract targets and evidence with a <c>kind</c> discriminator.
/// </summary>
internal static class MeasurementJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { Polymorphism } },
            // jsonb reorders keys, so the discriminator is not always first when a state is read back.
            AllowOutOfOrderMetadataProperties = true,
        };
        AddConverters(options.Converters);
        return options;
    }

    public static void AddConverters(IList<JsonConverter> converters)
    {
        converters.Add(new JsonStringEnumConverter());
        converters.Add(new PeriodConverter());
        converters.Add(new RegionCodeConverter());
        converters.Add(new AgreementIdConverter());
        converters.Add(new IndicatorIdConverter());
    }

    private static void Polymorphism(JsonTypeInfo info)
    {
        if (info.Type == typeof(Target))
        {
            info.PolymorphismOptions = Kinds((typeof(Target.Point), "point"), (typeof(Target.Range), "range"));
        }
        else if (info.Type == typeof(Evidence))
        {
            info.PolymorphismOptions = Kinds((typeof(Evidence.File), "file"), (typeof(Evidence.Link), "link"));
        }
    }

    private static JsonPolymorphismOptions Kinds(params (Type Type, string Name)[] kinds)
    {
        var options = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = "kind" };
        foreach (var (type, name) in kinds)
        {
            options.DerivedTypes.Add(new JsonDerivedType(type, name));
        }
        return options;
    }

    private sealed class PeriodConverter : JsonConverter<Period>
    {
        public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

        public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());

        public override Period ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

        public override void WriteAsPropertyName(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) => writer.WritePropertyName(value.ToString());

        private static Period Parse(string? text) => Period.TryParse(text, out var period) ? period : throw new JsonException($"'{text}' is not a period.");
    }

    private sealed class RegionCodeConverter : JsonConverter<RegionCode>
    {
        public override RegionCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            RegionCode.TryParse(reader.GetString(), out var code) ? code : throw new JsonException("Not a region code.");

        public override void Write(Utf8JsonWriter writer, RegionCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }

    private sealed class AgreementIdConverter : JsonConverter<AgreementId>
    {
        public override AgreementId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetGuid());

        public override void Write(Utf8JsonWriter writer, AgreementId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }

    private sealed class IndicatorIdConverter : JsonConverter<IndicatorId>
    {
        public override IndicatorId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetGuid());

        public override void Write(Utf8JsonWriter writer, IndicatorId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }
}
