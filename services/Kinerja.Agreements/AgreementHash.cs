using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kinerja.Agreements;

/// <summary>
/// The SHA-256 of the canonical serialisation of what the parties sign: the agreement's identity, parties,
/// year, version and content. Canonical means compact UTF-8 JSON in declaration order, camelCase, enums by
/// name, and decimals without trailing zeros (so 1.50 and 1.5 hash alike). Changing this shape changes every
/// hash: add a new version instead.
/// </summary>
internal static class AgreementHash
{
    public const string Algorithm = "sha256";

    private static JsonSerializerOptions Canonical => CanonicalJson.Options;

    public static string Of(Agreement agreement) => Of(SignedContent.Of(agreement));

    public static string Of(SignedContent content)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(content, Canonical);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    public static string CanonicalText(Agreement agreement) => JsonSerializer.Serialize(SignedContent.Of(agreement), Canonical);
}

/// <summary>The one JSON shape used for hashing and diffing, so equal values always read alike.</summary>
internal static class CanonicalJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new NormalisedDecimalConverter() },
    };

    private sealed class NormalisedDecimalConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        // Dividing by 1 with 28 trailing zeros yields the value at its smallest scale.
        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(value / 1.0000000000000000000000000000m);
    }
}

/// <summary>Exactly what a signature covers.</summary>
internal sealed record SignedContent(
    AgreementId Agreement,
    RegionCode Region,
    FiscalYear Year,
    UnitId? Unit,
    int Version,
    DateOnly EffectiveFrom,
    Party Receiver,
    Party? Giver,
    AgreementContent Content)
{
    public static SignedContent Of(Agreement a) => new(a.Id, a.Region, a.Year, a.Unit, a.Version, a.EffectiveFrom, a.Receiver, a.Giver, a.Content);
}
