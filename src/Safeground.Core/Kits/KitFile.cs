using Safeground.Core.Text;

namespace Safeground.Core.Kits;

/// <summary>
/// Writes a kit to a new file without ever leaving half of one: the store is built as
/// <c>OUT.partial</c> and takes its name only when complete and closed. An existing file is never overwritten.
/// </summary>
public static class KitFile
{
    /// <summary>The file a kit is built in until it is complete.</summary>
    public static string PartialOf(string path) => path + ".partial";

    /// <param name="path">The kit to write; it must not exist.</param>
    /// <param name="create">Creates a new, empty store at a path (the caller knows the store type).</param>
    /// <param name="delete">Removes a store file with its side files (a SQLite -wal, -shm).</param>
    /// <param name="fill">Fills the new store (see <see cref="FieldKit.Fill"/>).</param>
    public static KitSummary Create(string path, Func<string, Storage.ISafegroundStore> create, Action<string> delete,
        Func<Storage.ISafegroundStore, KitSummary> fill)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(delete);
        ArgumentNullException.ThrowIfNull(fill);
        var full = Path.GetFullPath(path);
        if (File.Exists(full) || Directory.Exists(full))
            throw SafegroundException.Conflict(Texts.Render("error.kit.already-exists-kit-never-written", ("full", full)));
        var partial = PartialOf(full);
        // A .partial left by a run that was killed is ours to replace only if nobody could mistake it for a kit; we
        // cannot tell, so it is named and left to the user.
        if (File.Exists(partial))
            throw SafegroundException.Conflict(Texts.Render("error.kit.exists-earlier-run-stopped-one", ("partial", partial)));
        var dir = Path.GetDirectoryName(full);
        if (dir is not null && !Directory.Exists(dir))
            throw SafegroundException.NotFound(Texts.Render("error.kit.folder-does-not-exist", ("full", full), ("dir", dir)));
        bool kept = false;
        try
        {
            KitSummary summary;
            using (var store = create(partial)) summary = fill(store);
            // Without overwrite: a file that appeared meanwhile makes this fail rather than disappear.
            File.Move(partial, full, overwrite: false);
            kept = true;
            return summary;
        }
        finally
        {
            if (!kept) delete(partial);
        }
    }
}
