using System.Text.Json.Serialization;

namespace Kinerja.Agreements.Organisation;

/// <summary>
/// The structural level of a position. The head of region (Bupati, Wali Kota, Gubernur) is elected and has
/// no echelon; Functional (JF) positions sit outside the echelon ladder.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Echelon>))]
internal enum Echelon
{
    HeadOfRegion,
    II,
    III,
    IV,
    Functional,
}
