using System.Text;
using Safeground.Core.Text;

namespace Safeground.Core.Storage;

/// <summary>
/// The temporary files of backups and restores (<c>TARGET.partial</c>, <c>TARGET.restoring</c>) and what a killed run
/// leaves of them. A run claims its temporary file by creating it and holding it open, shared, until it has been
/// renamed into place; the next run in the folder removes every such file that nobody holds.
/// </summary>
/// <remarks>
/// The rule, and why it is safe: on Linux .NET takes an advisory <c>flock</c> with every open (shared unless the open
/// shares nothing; Windows refuses the open itself). The kernel drops a process's flocks when it dies, kill -9 included,
/// and no child inherits them (.NET opens files close-on-exec). So a temporary file that can be opened sharing nothing
/// is held by no live run: it can never be renamed into place, and is removed while that exclusive open still holds it.
/// Only files with the suffixes above whose first bytes are what the run writes (or that are empty: killed right after
/// creating) are candidates, so a user's own <c>notes.partial</c> is never touched. On Linux a file that any process we
/// can see has open (its /proc/PID/fd links, read without opening the file) is left alone too: a kit export writes
/// OUT.partial through SQLite without claiming it. These locks are flocks, apart from SQLite's POSIX locks: holding or
/// dropping one never disturbs the other.
/// </remarks>
public static class InterruptedCopies
{
    public const string BackupSuffix = ".partial";
    public const string RestoreSuffix = ".restoring";

    /// <summary>Creates <paramref name="path"/> (it must not exist) and holds it for the run: dispose after the rename (or after deleting it).</summary>
    public static IDisposable Claim(string path)
    {
        try
        {
            var held = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            if (File.Exists(path)) return held;
            held.Dispose(); // removed as abandoned between our create and our lock: another run's cleanup was first
        }
        catch (IOException) when (File.Exists(path))
        {
        }
        throw SafegroundException.Conflict(Texts.Render("error.store.another-backup-restore-writing-this", ("path", path)));
    }

    /// <summary>
    /// Removes from <paramref name="folder"/> the temporary files of killed runs whose content starts with
    /// <paramref name="signature"/> (or that are empty); returns their paths.
    /// </summary>
    public static IReadOnlyList<string> RemoveAbandoned(string folder, string signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var removed = new List<string>();
        if (!Directory.Exists(folder)) return removed;
        var head = Encoding.ASCII.GetBytes(signature);
        var candidates = Directory.EnumerateFiles(folder, "*" + BackupSuffix).Concat(Directory.EnumerateFiles(folder, "*" + RestoreSuffix)).ToList();
        if (candidates.Count == 0) return removed;
        var open = OpenFiles();
        foreach (var path in candidates.Order(StringComparer.Ordinal))
        {
            if (open.Contains(Path.GetFullPath(path))) continue;
            FileStream held;
            try
            {
                held = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                continue; // held by a run that is alive (or gone meanwhile)
            }
            catch (UnauthorizedAccessException)
            {
                continue; // not ours to remove
            }
            using (held)
            {
                var start = new byte[head.Length];
                int read = held.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
                if (read != 0 && (read < head.Length || !start.AsSpan().SequenceEqual(head))) continue;
                File.Delete(path);
            }
            removed.Add(path);
        }
        return removed;
    }

    /// <summary>The files open in the processes whose descriptors we may read (Linux; elsewhere none).</summary>
    private static HashSet<string> OpenFiles() => OpenDescriptors.All().Select(d => d.File).ToHashSet(StringComparer.Ordinal);
}
