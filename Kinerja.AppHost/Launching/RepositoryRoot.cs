namespace Kinerja.AppHost.Launching;

internal static class RepositoryRoot
{
    /// <summary>The folder holding Kinerja.sln, found upward from the launcher's own binaries.</summary>
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Kinerja.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"Kinerja.sln was not found above {AppContext.BaseDirectory}.");
    }
}
