using System.Globalization;
using System.Text.Json;

namespace Kinerja.Evaluations.Tests.Api;

internal static class BusNumbers
{
    /// <summary>MassTransit writes decimals as JSON strings ("80.0"), as docs/contracts/evaluations.md tells HR teams.</summary>
    public static decimal BusDecimal(this JsonElement element)
    {
        element.ValueKind.ShouldBe(JsonValueKind.String);
        return decimal.Parse(element.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture);
    }
}
