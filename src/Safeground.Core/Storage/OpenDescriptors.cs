namespace Safeground.Core.Storage;

/// <summary>
/// Which processes have which files open, read from <c>/proc/*/fd</c> on Linux (elsewhere: nothing). Read without
/// opening any of the files: opening and closing a store's file would drop this process's SQLite locks on it.
/// Processes of other users, and descriptors closed meanwhile, are skipped.
/// </summary>
public static class OpenDescriptors
{
    /// <summary>Every (process id, file) pair this process may see.</summary>
    public static IEnumerable<(int Pid, string File)> All()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc/self/fd")) yield break;
        foreach (var process in List(() => Directory.EnumerateDirectories("/proc")))
        {
            if (!int.TryParse(Path.GetFileName(process), out var pid)) continue;
            foreach (var fd in List(() => Directory.EnumerateFileSystemEntries(Path.Combine(process, "fd"))))
            {
                string? target;
                try
                {
                    target = new FileInfo(fd).LinkTarget;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    continue; // closed meanwhile
                }
                if (target is not null) yield return (pid, target);
            }
        }
    }

    private static List<string> List(Func<IEnumerable<string>> list)
    {
        try
        {
            return list().ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return []; // another user's process, or one that ended meanwhile
        }
    }
}
