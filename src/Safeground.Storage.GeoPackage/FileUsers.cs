namespace Safeground.Storage.GeoPackage;

/// <summary>
/// Which other programs have a store's file open, for the message a waiting writer gives up with ("in use by safeground
/// serve (pid 4711)"). Read from /proc on Linux without opening the file (opening and closing it would drop this
/// process's SQLite locks on it); elsewhere, or when /proc says nothing, "another program".
/// </summary>
internal static class FileUsers
{
    public static string Describe(string path)
    {
        var users = Others(Path.GetFullPath(path)).Take(3).ToList();
        return users.Count == 0 ? "another program" : string.Join(", ", users);
    }

    private static IEnumerable<string> Others(string path)
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc")) yield break;
        string[] files = [path, path + "-wal", path + "-journal"];
        foreach (var dir in SafeList(() => Directory.EnumerateDirectories("/proc")))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == Environment.ProcessId) continue;
            if (Holds(dir, files)) yield return $"{Command(dir)} (pid {pid})";
        }
    }

    private static bool Holds(string processDir, string[] files)
    {
        foreach (var fd in SafeList(() => Directory.EnumerateFileSystemEntries(Path.Combine(processDir, "fd"))))
        {
            string? target;
            try
            {
                target = new FileInfo(fd).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // the descriptor closed meanwhile
            }
            if (target is not null && files.Contains(target, StringComparer.Ordinal)) return true;
        }
        return false;
    }

    // "dotnet /opt/safeground/safeground.dll serve --store x" → "safeground serve"; "/usr/bin/qgis" → "qgis".
    private static string Command(string processDir)
    {
        string[] args;
        try
        {
            args = File.ReadAllText(Path.Combine(processDir, "cmdline")).Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "a program";
        }
        if (args.Length == 0) return "a program";
        int first = args.Length > 1 && Path.GetFileName(args[0]) == "dotnet" && args[1].EndsWith(".dll", StringComparison.Ordinal) ? 1 : 0;
        var name = Path.GetFileNameWithoutExtension(args[first]);
        return first + 1 < args.Length && !args[first + 1].StartsWith('-') ? $"{name} {args[first + 1]}" : name;
    }

    private static List<string> SafeList(Func<IEnumerable<string>> list)
    {
        try
        {
            return list().ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
