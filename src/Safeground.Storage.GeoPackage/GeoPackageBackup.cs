using Microsoft.Data.Sqlite;
using Safeground.Core;
using Safeground.Core.Storage;
using Safeground.Storage.GeoPackage.Schema;
using Safeground.Core.Text;

namespace Safeground.Storage.GeoPackage;

/// <summary>
/// Backup and restore of a GeoPackage store, online: SQLite's backup API copies the pages of one read
/// transaction, so a backup taken while a server approves reports is one consistent moment of the store, and
/// the server is never stopped or blocked (WAL: readers and the writer do not wait for each other).
/// </summary>
/// <remarks>
/// Neither ever leaves a half-written file where the user looks: the copy is written beside the target under a
/// temporary name, checked (SQLite's integrity check, a GeoPackage of Safeground's current schema), made a single
/// self-contained file, and only then renamed into place. A run killed mid-copy leaves its temporary file; the next
/// backup or restore in that folder removes it (<see cref="InterruptedCopies"/>) and says so in <see cref="BackupResult.Removed"/>.
/// </remarks>
public static class GeoPackageBackup
{
    /// <summary>Copies the store at <paramref name="source"/> to <paramref name="target"/>, which must not exist.</summary>
    public static BackupResult Backup(string source, string target)
    {
        source = Path.GetFullPath(source);
        target = Path.GetFullPath(target);
        if (!File.Exists(source)) throw SafegroundException.NotFound(Texts.Render("store.backup.no-source", ("path", source)));
        if (File.Exists(target)) throw SafegroundException.Conflict(Texts.Render("store.backup.target-exists", ("path", target)));
        if (source == target) throw SafegroundException.Invalid(Texts.Render("store.backup.same-file", ("path", target)));
        Check(source, "store.what.store", integrity: false); // its pages are checked in the copy, which is them
        var removed = InterruptedCopies.RemoveAbandoned(Path.GetDirectoryName(target)!, SqliteHeader);
        var result = CopyTo(source, target + InterruptedCopies.BackupSuffix, partial => File.Move(partial, target, overwrite: false));
        return result with { Path = target, Removed = removed };
    }

    // The first bytes of every SQLite database: what a killed backup's or restore's temporary file starts with.
    private const string SqliteHeader = "SQLite format 3\0";

    /// <summary>
    /// Replaces the store at <paramref name="target"/> with the backup at <paramref name="backup"/> (or creates it).
    /// Refused while anything holds the store open (a server serving it, QGIS): a restore under a running server
    /// would pull the file from under its open connections.
    /// </summary>
    public static BackupResult Restore(string backup, string target)
    {
        backup = Path.GetFullPath(backup);
        target = Path.GetFullPath(target);
        if (!File.Exists(backup)) throw SafegroundException.NotFound(Texts.Render("store.backup.no-such", ("path", backup)));
        if (backup == target) throw SafegroundException.Invalid(Texts.Render("store.restore.onto-itself", ("path", target)));
        Check(backup, "store.what.backup", integrity: true);
        if (File.Exists(target)) EnsureUnused(target);
        var removed = InterruptedCopies.RemoveAbandoned(Path.GetDirectoryName(target)!, SqliteHeader);
        var result = CopyTo(backup, target + InterruptedCopies.RestoreSuffix, partial =>
        {
            // The old store's side files belong to the old file: SQLite would replay its -wal into the restored one.
            foreach (var side in new[] { "-wal", "-shm", "-journal" })
                if (File.Exists(target + side)) File.Delete(target + side);
            File.Move(partial, target, overwrite: true);
        });
        return result with { Path = target, Removed = removed };
    }

    /// <summary>
    /// Copies <paramref name="source"/> to the temporary file <paramref name="partial"/>, checks it and hands it to
    /// <paramref name="place"/>, holding it claimed throughout so that no other run takes it for a killed one's.
    /// </summary>
    private static BackupResult CopyTo(string source, string partial, Action<string> place)
    {
        // Disposed last, after every SQLite connection to the file is closed: closing a plain descriptor of a file
        // would drop the POSIX locks of this process's SQLite connections to it.
        using var claim = InterruptedCopies.Claim(partial);
        try
        {
            using (var from = Open(source, SqliteOpenMode.ReadOnly))
            using (var to = Open(partial, SqliteOpenMode.ReadWriteCreate))
            {
                BackupRetryingWhileBusy(from, to);
                Exec(to, "PRAGMA journal_mode = DELETE");
            }
            int version = Check(partial, "store.what.copy", integrity: true);
            long bytes = new FileInfo(partial).Length;
            place(partial);
            return new BackupResult(partial, bytes, version);
        }
        catch
        {
            SqliteConnection.ClearAllPools();
            if (File.Exists(partial)) File.Delete(partial);
            throw;
        }
    }

    // The backup's read transaction meets a lock only in the moment another program opens the store and switches it
    // to WAL, or writes it in rollback-journal mode (a bulk load), and SQLite's backup step does not wait on its own:
    // it says SQLITE_BUSY at once. The copy is then started again, for up to a minute; each attempt is a whole copy.
    private static void BackupRetryingWhileBusy(SqliteConnection from, SqliteConnection to)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            try
            {
                from.BackupDatabase(to);
                return;
            }
            catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6 && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
        }
    }

    /// <summary>
    /// Safeground's schema and, with <paramref name="integrity"/>, SQLite's full integrity check (every page, every
    /// index against its table: about 11 s for a 1.6 GB national store); returns the schema version.
    /// </summary>
    private static int Check(string path, string what, bool integrity)
    {
        try
        {
            return CheckFile(path, what, integrity);
        }
        catch (SqliteException e)
        {
            // A file cut short or not SQLite at all: say which file, and SQLite's reason.
            throw SafegroundException.Invalid(Texts.Render("store.backup.unreadable", ("path", path), ("what", what), ("reason", e.Message)));
        }
    }

    private static int CheckFile(string path, string what, bool integrity)
    {
        using var c = Open(path, SqliteOpenMode.ReadOnly);
        if (Scalar(c, "PRAGMA application_id") != GpkgCore.ApplicationId)
            throw SafegroundException.Invalid(Texts.Render("store.backup.not-geopackage", ("path", path), ("what", what)));
        if (integrity)
        {
            using var command = new SqliteCommand("PRAGMA integrity_check", c) { CommandTimeout = 0 };
            if (command.ExecuteScalar() is not "ok" and var problem)
                throw SafegroundException.Invalid(Texts.Render("store.backup.integrity", ("path", path), ("what", what), ("problem", problem)));
        }
        int version = Migrations.VersionOf(c, null);
        if (version == 0) throw SafegroundException.Invalid(Texts.Render("store.backup.no-tables", ("path", path), ("what", what)));
        if (version > Migrations.Current)
            throw SafegroundException.Invalid(Texts.Render("store.backup.newer", ("path", path), ("what", what), ("version", version), ("known", Migrations.Current)));
        return version;
    }

    // A Safeground store in use is in WAL mode, and leaving WAL needs every other connection gone: the same
    // switch a store makes on closing. So the switch succeeding proves nobody has the file open.
    private static void EnsureUnused(string path)
    {
        using var c = Open(path, SqliteOpenMode.ReadWrite);
        string? mode;
        try
        {
            using var command = new SqliteCommand("PRAGMA journal_mode = DELETE", c) { CommandTimeout = 1 };
            mode = command.ExecuteScalar() as string;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED)
        {
            mode = null;
        }
        if (!string.Equals(mode, "delete", StringComparison.OrdinalIgnoreCase))
            throw SafegroundException.Conflict(Texts.Render("store.restore.in-use", ("path", path)));
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        c.Open();
        return c;
    }

    private static long Scalar(SqliteConnection c, string sql)
    {
        using var command = new SqliteCommand(sql, c);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Exec(SqliteConnection c, string sql)
    {
        using var command = new SqliteCommand(sql, c);
        command.ExecuteNonQuery();
    }
}
