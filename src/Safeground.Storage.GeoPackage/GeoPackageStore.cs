using Microsoft.Data.Sqlite;
using Safeground.Core;
using Safeground.Core.Storage;
using Safeground.Storage.GeoPackage.Encoding;
using Safeground.Storage.GeoPackage.Schema;
using Safeground.Core.Text;

namespace Safeground.Storage.GeoPackage;

/// <summary>
/// Safeground's embedded store: one OGC GeoPackage 1.4 file that QGIS and GDAL open as it is.
/// </summary>
/// <remarks>
/// Two connections: one writer, and one read-only reader, so that reads see only committed data even
/// while a write transaction is open (WAL gives the reader its own snapshot).
/// </remarks>
public sealed partial class GeoPackageStore : ISafegroundStore
{
    private readonly SqliteConnection _writer;
    private readonly SqliteConnection _reader;
    private GeoPackageTransaction? _active;
    private bool _disposed;

    private GeoPackageStore(string path, SqliteConnection writer, SqliteConnection reader)
    {
        Location = path;
        _writer = writer;
        _reader = reader;
    }

    public string Location { get; }

    /// <summary>
    /// R-tree cells a bulk load sorts in memory at a time; more go through temporary files beside the
    /// GeoPackage. A knob for tests, which lower it to reach the on-disk path with small loads.
    /// </summary>
    internal int RTreeRunCells { get; set; } = RTreeBulkLoader.DefaultRunCells;

    /// <summary>The Safeground schema version this program writes.</summary>
    public static int SchemaVersion => Migrations.Current;

    /// <summary>
    /// Opens a Safeground GeoPackage, creating it when missing and <paramref name="create"/> is true,
    /// and brings its schema up to date. With <paramref name="create"/>, a plain GeoPackage
    /// (no Safeground tables yet) gains them; without, it is refused.
    /// </summary>
    /// <exception cref="SafegroundException">Invalid: not a (Safeground) GeoPackage or a newer schema;
    /// NotFound: missing and not to be created; Storage: SQLite failed.</exception>
    public static GeoPackageStore Open(string path, bool create = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        path = Path.GetFullPath(path);
        // Only SQLite opens a store's file: on Linux, closing any other descriptor of it (a header check, a hash,
        // a copy) drops every POSIX lock this process holds on it, and another program could then checkpoint the
        // WAL away or leave WAL under our open connections: lost writes and "database disk image is malformed".
        bool exists = File.Exists(path) && new FileInfo(path).Length > 0;
        if (!exists && !create) throw SafegroundException.NotFound(Texts.Render("store.no-such-geopackage", ("path", path)));

        SqliteConnection? writer = null;
        SqliteConnection? reader = null;
        try
        {
            writer = Connect(path, SqliteOpenMode.ReadWriteCreate);
            Prepare(writer, path, create);
            reader = Connect(path, SqliteOpenMode.ReadOnly);
            return new GeoPackageStore(path, writer, reader);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_NOTADB)
        {
            reader?.Dispose();
            writer?.Dispose();
            throw SafegroundException.Invalid(Texts.Render("store.not-sqlite", ("path", path)));
        }
        catch (SqliteException e)
        {
            reader?.Dispose();
            writer?.Dispose();
            throw StorageErrors.Wrap(path, e);
        }
        catch
        {
            reader?.Dispose();
            writer?.Dispose();
            throw;
        }
    }

    /// <summary>Creates a new, empty Safeground GeoPackage; an existing file is an error (nothing is overwritten).</summary>
    public static void Create(string path)
    {
        if (File.Exists(path)) throw SafegroundException.Conflict(Texts.Render("store.file-exists", ("path", Path.GetFullPath(path))));
        Open(path).Dispose();
    }

    public IStoreTransaction BeginWrite(WriteMode mode = WriteMode.Normal)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_active is not null) throw new InvalidOperationException("a write transaction is already open on this store");
        _active = StorageErrors.Guard(Location, () => new GeoPackageTransaction(this, _writer, mode));
        return _active;
    }

    internal void Ended(GeoPackageTransaction transaction)
    {
        if (ReferenceEquals(_active, transaction)) _active = null;
    }

    // Bulk loads stay in WAL like every write. A rollback journal wrote a large load's pages once instead of twice
    // (WAL, then checkpoint: about 3 s of 9 for a million finds), but a load killed mid-way then left a hot journal
    // that only a writer can roll back: GDAL and QGIS could not open the store read-only until Safeground ran again.
    // A killed WAL load leaves frames that no reader ever sees. And the switch out of WAL is exactly the step that
    // must never happen under another program's open connections.

    /// <summary>How long a connection waits for another program's lock (a writer of another process) before giving up.</summary>
    internal const int BusyMilliseconds = 30_000;

    private const string ReaderPragmas = "PRAGMA busy_timeout = 30000; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY";

    /// <summary>
    /// Writes a consistent, compacted copy of the committed data to <paramref name="path"/> (VACUUM INTO):
    /// a single self-contained GeoPackage for export or backup, made while the store stays open.
    /// </summary>
    public void CopyTo(string path)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var target = Path.GetFullPath(path);
        if (File.Exists(target)) throw SafegroundException.Conflict(Texts.Render("store.file-exists", ("path", target)));
        StorageErrors.Guard(Location, () =>
        {
            using (var cmd = _reader.CreateCommand())
            {
                cmd.CommandText = "VACUUM INTO $p";
                cmd.Parameters.AddWithValue("$p", target);
                cmd.ExecuteNonQuery();
            }
            // The copy may inherit WAL mode; a file that travels must stand alone.
            using var copy = Connect(target, SqliteOpenMode.ReadWrite);
            Schema.Sql.Exec(copy, null, "PRAGMA journal_mode = DELETE");
        });
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _active?.Dispose();
        if (ReturnToPool()) return;
        _reader.Dispose();
        LeaveSingleFile();
        _writer.Dispose();
    }

    // Leave a single self-contained file (no -wal/-shm) for the USB stick. While another connection has
    // the file open (a server's other requests, QGIS) the switch cannot happen and the last one to close
    // makes it. Straight to SQLite with no busy wait: Microsoft.Data.Sqlite would retry a busy switch for
    // the whole command timeout (30 s), and every request of a busy server closes a store.
    private void LeaveSingleFile()
    {
        var db = _writer.Handle;
        if (db is null) return;
        SQLitePCL.raw.sqlite3_busy_timeout(db, 0);
        if (SQLitePCL.raw.sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)") != SQLitePCL.raw.SQLITE_OK) return;
        SQLitePCL.raw.sqlite3_exec(db, "PRAGMA journal_mode = DELETE");
    }

    private static SqliteConnection Connect(string path, SqliteOpenMode mode)
    {
        var cs = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            // Pooling would keep the file open after Dispose: no checkpoint, a stray -wal beside the file.
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
        var c = new SqliteConnection(cs);
        c.Open();
        SpatialFunctions.Register(c);
        Schema.Sql.Exec(c, null, ReaderPragmas);
        return c;
    }

    private static void Prepare(SqliteConnection c, string path, bool create)
    {
        Schema.Sql.Exec(c, null, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL");
        long applicationId = (long)Schema.Sql.Scalar(c, null, "PRAGMA application_id")!;
        bool empty = (long)Schema.Sql.Scalar(c, null, "SELECT count(*) FROM sqlite_master")! == 0;
        if (empty && applicationId == 0)
        {
            using var tx = c.BeginTransaction(deferred: false);
            GpkgCore.Create(c, tx);
            tx.Commit();
        }
        else if (applicationId != GpkgCore.ApplicationId || !Schema.Sql.TableExists(c, null, "gpkg_contents"))
        {
            throw SafegroundException.Invalid(Texts.Render("store.not-geopackage-application-id", ("path", path), ("applicationId", applicationId)));
        }
        else if (Migrations.VersionOf(c, null) == 0 && !create)
        {
            throw SafegroundException.Invalid(Texts.Render("store.geopackage-without-tables", ("path", path)));
        }
        try
        {
            Migrations.Run(c, path);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1)
        {
            // A plain GeoPackage whose own tables collide with ours ("table hazards already exists").
            throw SafegroundException.Invalid(Texts.Render("store.cannot-add-tables", ("path", path), ("reason", e.Message)));
        }
    }
}
