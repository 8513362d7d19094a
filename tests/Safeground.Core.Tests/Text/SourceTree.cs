namespace Safeground.Core.Tests.Text;

/// <summary>The repository's source files, for tests that hold the code and the text resources to each other.</summary>
internal static class SourceTree
{
    public static string Root { get; } = FindRoot();

    public static IEnumerable<string> CSharp(string relative) =>
        relative.EndsWith(".cs", StringComparison.Ordinal)
            ? [Path.Combine(Root, relative)]
            : Directory.EnumerateFiles(Path.Combine(Root, relative), "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Safeground.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Safeground.slnx not found above " + AppContext.BaseDirectory);
    }
}
