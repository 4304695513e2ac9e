using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Kinerja.AppHost.Resources;

/// <summary>
/// Local data lives in a git-ignored folder of the checkout. A server that runs as another user needs
/// every parent folder to be traversable by that user; when it is not (a checkout under /root),
/// the data goes to a folder under /tmp named after the wanted path instead.
/// </summary>
public static class DataFolder
{
    public static string ForUser(string wanted, string user)
    {
        var path = Path.GetFullPath(wanted);
        if (Posix.IsRoot && !TraversableByOthers(Path.GetDirectoryName(path)!))
        {
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(path)))[..12].ToLowerInvariant();
            path = Path.Combine("/tmp", $"kinerja-{hash}", Path.GetFileName(path));
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!Directory.Exists(path))
        {
            Directory.CreateDirectory(path);
        }
        if (Posix.IsRoot)
        {
            GiveTo(path, user);
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return path;
    }

    public static void GiveTo(string path, string user)
    {
        using var chown = Process.Start("chown", ["-R", $"{user}:{user}", path]);
        chown.WaitForExit();
        if (chown.ExitCode != 0)
        {
            throw new InvalidOperationException($"chown {user} {path} failed with exit code {chown.ExitCode}.");
        }
    }

    private static bool TraversableByOthers(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            if (current.Exists && !current.UnixFileMode.HasFlag(UnixFileMode.OtherExecute))
            {
                return false;
            }
        }
        return true;
    }
}
