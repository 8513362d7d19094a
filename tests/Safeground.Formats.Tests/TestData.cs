namespace Safeground.Formats.Tests;

/// <summary>Finds shared test data beside the repository, wherever it is cloned (CI clones elsewhere).</summary>
internal static class TestData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Shared(params string[] parts) =>
        Path.GetFullPath(Path.Combine([RepoRoot, "..", "shared", "data", .. parts]));

    public static string Bih(string file) => Shared("bih", file);

    public static string TempDir()
    {
        string dir = Path.Combine(Path.GetTempPath(), "safeground-formats-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Safeground.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Safeground.slnx not found above " + AppContext.BaseDirectory);
    }
}
