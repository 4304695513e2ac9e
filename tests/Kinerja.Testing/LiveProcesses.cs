using Kinerja.AppHost.Resources;

namespace Kinerja.Testing;

/// <summary>Finds live processes by a marker in their environment or command line.</summary>
public static class LiveProcesses
{
    public static IReadOnlyList<string> Matching(string marker)
    {
        var found = new List<string>();
        foreach (var folder in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid) || pid == Environment.ProcessId || !Posix.IsAlive(pid))
            {
                continue;
            }
            try
            {
                var environment = File.ReadAllText(Path.Combine(folder, "environ"));
                var commandLine = File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' ');
                if (environment.Contains(marker, StringComparison.Ordinal) || commandLine.Contains(marker, StringComparison.Ordinal))
                {
                    found.Add($"{pid}: {commandLine}");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked.
            }
        }
        return found;
    }
}
