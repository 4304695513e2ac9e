using System.Buffers.Text;
using System.Text;

namespace Kinerja.Evaluations.Feed;

/// <summary>
/// The feed's position as an opaque token (base64url of the store's never-skip position), so clients keep it and
/// send it back rather than compute with it.
/// </summary>
internal static class FeedToken
{
    public static string Of(EventPosition position) => Base64Url.EncodeToString(Encoding.ASCII.GetBytes(position.ToString()));

    public static bool TryRead(string? token, out EventPosition position)
    {
        position = EventPosition.Start;
        if (string.IsNullOrEmpty(token))
        {
            return true;
        }
        try
        {
            position = EventPosition.Parse(Encoding.ASCII.GetString(Base64Url.DecodeFromChars(token)));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
