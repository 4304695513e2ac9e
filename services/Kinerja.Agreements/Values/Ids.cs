using System.Text.Json.Serialization;

namespace Kinerja.Agreements.Values;

[JsonConverter(typeof(TypedIdJsonConverter<AgreementId>))]
internal readonly record struct AgreementId(string Value) : ITypedId<AgreementId>
{
    public static AgreementId From(string value) => new(value);

    /// <summary>Version 7 so ids sort by creation time in the store's indexes.</summary>
    public static AgreementId New(TimeProvider clock) => new(Guid.CreateVersion7(clock.GetUtcNow()).ToString());

    public override string ToString() => Value;
}

[JsonConverter(typeof(TypedIdJsonConverter<UnitId>))]
internal readonly record struct UnitId(string Value) : ITypedId<UnitId>
{
    public static UnitId From(string value) => new(value);

    public override string ToString() => Value;
}

[JsonConverter(typeof(TypedIdJsonConverter<PositionId>))]
internal readonly record struct PositionId(string Value) : ITypedId<PositionId>
{
    public static PositionId From(string value) => new(value);

    public override string ToString() => Value;
}

/// <summary>An official: the NIP for a civil servant; an elected head of region has no NIP and gets another id.</summary>
[JsonConverter(typeof(TypedIdJsonConverter<OfficialId>))]
internal readonly record struct OfficialId(string Value) : ITypedId<OfficialId>
{
    public static OfficialId From(string value) => new(value);

    public static OfficialId Of(Nip nip) => new(nip.Value);

    public override string ToString() => Value;
}

/// <summary>An objective, indicator, program or activity inside one agreement; stable across its versions.</summary>
[JsonConverter(typeof(TypedIdJsonConverter<ItemId>))]
internal readonly record struct ItemId(string Value) : ITypedId<ItemId>
{
    public static ItemId From(string value) => new(value);

    public override string ToString() => Value;
}
