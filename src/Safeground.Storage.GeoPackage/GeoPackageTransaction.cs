using Microsoft.Data.Sqlite;
using Safeground.Core.Storage;
using Safeground.Storage.GeoPackage.Encoding;
using Safeground.Storage.GeoPackage.Schema;

namespace Safeground.Storage.GeoPackage;

/// <summary>
/// One SQLite write transaction (BEGIN IMMEDIATE: the write lock is taken up front, so a second writer
/// waits instead of failing half-way). Commands are prepared once per transaction and reused.
/// </summary>
internal sealed partial class GeoPackageTransaction : IStoreTransaction
{
    private static readonly string[] FeatureTables = ["hazards", "hazard_perimeters", "released_areas", "finds", "accidents", "eore_sessions", "incidents"];

    private readonly GeoPackageStore _store;
    private readonly SqliteConnection _c;
    private readonly SqliteTransaction _tx;
    private readonly WriteMode _mode;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    // Feature tables whose R-tree triggers are dropped in this transaction: their index is maintained here.
    private readonly HashSet<string> _suspended = new(StringComparer.Ordinal);
    private bool _done;

    public GeoPackageTransaction(GeoPackageStore store, SqliteConnection connection, WriteMode mode)
    {
        _store = store;
        _c = connection;
        _mode = mode;
        _tx = connection.BeginTransaction(deferred: false);
    }

    protected override string Location => _store.Location;

    public void Commit()
    {
        ThrowIfDone();
        Guard(() =>
        {
            FlushFindsIndex();
            RestoreTriggers();
            _tx.Commit();
        });
        Finish();
    }

    public void Dispose()
    {
        if (_done) return;
        DisposeFindStatements();
        try
        {
            _tx.Rollback();
        }
        catch (SqliteException)
        {
            // SQLite may already have rolled back on its own (e.g. after an I/O error); nothing is kept either way.
        }
        Finish();
    }

    private void Finish()
    {
        _done = true;
        DisposeFindStatements();
        DisposeFindsLoader();
        foreach (var cmd in _commands.Values) cmd.Dispose();
        _commands.Clear();
        _tx.Dispose();
        _store.Ended(this);
    }

    protected override void ThrowIfDone() => ObjectDisposedException.ThrowIf(_done, this);

    protected override void Guard(Action action)
    {
        ThrowIfDone();
        StorageErrors.Guard(Location, () =>
        {
            FlushPendingReport();
            action();
        });
    }

    /// <summary>A prepared command for <paramref name="sql"/> with positional parameters $1..$n.</summary>
    private SqliteCommand Command(string sql, int parameterCount)
    {
        if (_commands.TryGetValue(sql, out var cmd)) return cmd;
        cmd = _c.CreateCommand();
        cmd.Transaction = _tx;
        cmd.CommandText = sql;
        for (int i = 1; i <= parameterCount; i++) cmd.Parameters.Add(new SqliteParameter("$" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
        cmd.Prepare();
        _commands.Add(sql, cmd);
        return cmd;
    }

    protected override int Run(string sql, params ReadOnlySpan<object?> values)
    {
        var cmd = Command(sql, values.Length);
        for (int i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        return cmd.ExecuteNonQuery();
    }

    protected override object? Scalar(string sql, params ReadOnlySpan<object?> values)
    {
        var cmd = Command(sql, values.Length);
        for (int i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        var v = cmd.ExecuteScalar();
        return v is DBNull ? null : v;
    }

    private long LastRowId() => SQLitePCL.raw.sqlite3_last_insert_rowid(_c.Handle);

    /// <summary>In bulk mode, the first write to a feature table drops its R-tree triggers until commit.</summary>
    private bool Indexing(string table)
    {
        if (_suspended.Contains(table)) return true;
        if (_mode != WriteMode.Bulk) return false;
        Suspend(table);
        return true;
    }

    private void Suspend(string table)
    {
        if (_suspended.Add(table)) RTreeIndex.DropTriggers(_c, _tx, table);
    }

    private void RestoreTriggers()
    {
        foreach (var table in _suspended) RTreeIndex.CreateTriggers(_c, _tx, table);
        _suspended.Clear();
    }

    /// <summary>Adds the R-tree row for a feature just inserted with its triggers suspended.</summary>
    private void IndexRow(string table, long fid, in Box box) =>
        Run($"INSERT INTO \"{RTreeIndex.Name(table)}\" VALUES ($1, $2, $3, $4, $5)", fid, box.MinX, box.MaxX, box.MinY, box.MaxY);

    private void IndexRow(string table, long fid, byte[]? blob)
    {
        if (GpkgBlob.TryEnvelope(blob, out var box)) IndexRow(table, fid, box);
    }

    /// <summary>Deletes feature rows matching a one-parameter condition, and their R-tree rows when triggers are off.</summary>
    private void DeleteFeatures(string table, string where, object key)
    {
        if (Indexing(table))
        {
            Run($"DELETE FROM \"{RTreeIndex.Name(table)}\" WHERE id IN (SELECT fid FROM \"{table}\" WHERE {where})", key);
        }
        Run($"DELETE FROM \"{table}\" WHERE {where}", key);
    }
}
