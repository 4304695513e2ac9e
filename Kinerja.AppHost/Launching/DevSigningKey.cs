using System.Security.Cryptography;

namespace Kinerja.AppHost.Launching;

/// <summary>
/// The development token-signing key: made once per data folder, never committed, handed to the
/// services as <c>Auth__SigningKey</c> and used by the <c>token</c> command.
/// </summary>
internal static class DevSigningKey
{
    public static string LoadOrCreate(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, "dev-signing-key");
        if (!File.Exists(path))
        {
            File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)));
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return File.ReadAllText(path).Trim();
    }
}
