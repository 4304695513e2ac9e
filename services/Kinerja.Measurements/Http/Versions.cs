using System.Globalization;

namespace Kinerja.Measurements.Http;

/// <summary>Stream versions as ETags: <c>"3"</c>; a command may send <c>If-Match</c> to refuse acting on a stale read.</summary>
internal static class Versions
{
    public static string ETag(long version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    /// <summary>The version in <c>If-Match</c>, null when absent; false when it is not a version this service issued.</summary>
    public static bool TryReadIfMatch(HttpRequest request, out long? version)
    {
        version = null;
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
        {
            return true;
        }
        var text = header.Trim().TrimStart('W', '/').Trim('"');
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            version = parsed;
            return true;
        }
        return false;
    }
}
