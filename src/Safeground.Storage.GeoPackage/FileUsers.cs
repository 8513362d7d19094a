using Safeground.Core.Storage;
using Safeground.Core.Text;

namespace Safeground.Storage.GeoPackage;

/// <summary>
/// Which other programs have a store's file open, for the message a waiting writer gives up with ("in use by safeground
/// serve (pid 4711)"). Read from /proc on Linux without opening the file (opening and closing it would drop this
/// process's SQLite locks on it); elsewhere, or when /proc says nothing, Texts.Render("store.another-program").
/// </summary>
internal static class FileUsers
{
    public static string Describe(string path)
    {
        var users = Others(Path.GetFullPath(path)).Take(3).ToList();
        return users.Count == 0 ? Texts.Render("store.another-program") : string.Join(", ", users);
    }

    private static IEnumerable<string> Others(string path)
    {
        string[] files = [path, path + "-wal", path + "-journal"];
        return OpenDescriptors.All()
            .Where(d => d.Pid != Environment.ProcessId && files.Contains(d.File, StringComparer.Ordinal))
            .Select(d => d.Pid).Distinct()
            .Select(pid => $"{Command(Path.Combine("/proc", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)))} (pid {pid})");
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
}
