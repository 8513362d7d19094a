namespace Safeground.Cli.Tests;

/// <summary>The real field data beside the repository (../shared/data), found from the test binary's folder.</summary>
internal static class SharedData
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Safeground.slnx"))) dir = dir.Parent;
            if (dir is null) throw new InvalidOperationException("cannot find the repository root (Safeground.slnx) above " + AppContext.BaseDirectory);
            var data = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "data"));
            if (!Directory.Exists(data)) throw new InvalidOperationException("shared data not found at " + data);
            return data;
        }
    }

    public static string File(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);
}
