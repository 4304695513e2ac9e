namespace Kinerja.Testing;

/// <summary>
/// Each test run's data lives under <c>.kinerja/test-runs/</c> of the checkout (git-ignored) and is
/// deleted afterwards unless <c>KINERJA_KEEP_TEST_DATA=1</c>.
/// </summary>
public static class TestRunFolder
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Create(string kind)
    {
        var path = Path.Combine(RepositoryRoot, ".kinerja", "test-runs", $"{kind}-{DateTime.UtcNow:HHmmss}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(path);
        return path;
    }

    public static void DeleteUnlessKept(string path)
    {
        if (Environment.GetEnvironmentVariable("KINERJA_KEEP_TEST_DATA") == "1")
        {
            return;
        }
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A folder still in use by a dying process is left for the next run's clean-up.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Kinerja.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("Kinerja.sln not found above the test binaries.");
    }
}
