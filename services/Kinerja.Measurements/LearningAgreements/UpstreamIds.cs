using System.Security.Cryptography;
using System.Text;

namespace Kinerja.Measurements.LearningAgreements;

/// <summary>
/// The Agreements service names agreements and indicators with text (<c>6402-2025-dinkes</c>, <c>IK-1</c>); this
/// service and its contracts use GUIDs. A GUID text is taken as it is; any other text becomes a name-based UUID
/// (version 5 layout over SHA-256), the same on every machine, so every consumer derives the same id.
/// </summary>
internal static class UpstreamIds
{
    public static AgreementId Agreement(string id) =>
        new(Guid.TryParse(id, out var guid) ? guid : Derive($"agreement:{id.Trim()}"));

    public static IndicatorId Indicator(string agreementId, string indicatorId) =>
        new(Guid.TryParse(indicatorId, out var guid) ? guid : Derive($"indicator:{agreementId.Trim()}:{indicatorId.Trim()}"));

    private static Guid Derive(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"kinerja:{name}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
