using Npgsql;
using Safeground.Core.Storage;

namespace Safeground.Storage.PostGis;

/// <summary>
/// One PostgreSQL transaction on a connection of its own. It first takes the schema's writer lock (an
/// advisory lock held to the end of the transaction), so a second writer, in this process or another,
/// waits instead of interleaving. Statements are prepared by Npgsql's automatic preparation.
/// </summary>
/// <remarks>
/// A failed statement aborts a PostgreSQL transaction: the domain's refusals (a duplicate report, an
/// unknown user) are therefore checked before writing, never left to a constraint, so that a caller who
/// catches a conflict may go on with the transaction as it can with the GeoPackage store.
/// </remarks>
internal sealed partial class PostGisTransaction : IStoreTransaction
{
    private readonly PostGisStore _store;
    private readonly NpgsqlConnection _c;
    private readonly NpgsqlTransaction _tx;
    private readonly WriteMode _mode;
    private bool _done;

    public PostGisTransaction(PostGisStore store, NpgsqlConnection connection, WriteMode mode)
    {
        _store = store;
        _c = connection;
        _mode = mode;
        try
        {
            _tx = connection.BeginTransaction();
            using var lockCmd = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext('safeground-write:' || current_schema()))", _c, _tx);
            lockCmd.ExecuteNonQuery();
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    protected override string Location => _store.Location;

    public void Commit()
    {
        ThrowIfDone();
        Guard(() =>
        {
            FlushFinds();
            FlushBatch();
            RestoreIndexes();
            _tx.Commit();
        });
        Finish();
    }

    public void Dispose()
    {
        if (_done) return;
        try
        {
            _finds?.Dispose();
            _finds = null;
            _batch?.Dispose();
            _batch = null;
            _tx.Rollback();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // The connection may be broken already; the server rolls back what it never saw committed.
        }
        Finish();
    }

    private void Finish()
    {
        _done = true;
        _tx.Dispose();
        _c.Dispose();
        _store.Ended(this);
    }

    protected override void ThrowIfDone() => ObjectDisposedException.ThrowIf(_done, this);

    /// <summary>Runs a write: the held report row and any open COPY of finds are written first, failures named.</summary>
    protected override void Guard(Action action) => Guard(action, keepFindsCopy: false);

    private void Guard(Action action, bool keepFindsCopy)
    {
        ThrowIfDone();
        PostGisStore.Guard(Location, () =>
        {
            FlushPendingReport();
            if (!keepFindsCopy) FlushFinds();
            action();
        });
    }

    protected override int Run(string sql, params ReadOnlySpan<object?> values)
    {
        FlushBatch();
        using var cmd = Command(sql, values);
        return cmd.ExecuteNonQuery();
    }

    protected override object? Scalar(string sql, params ReadOnlySpan<object?> values)
    {
        FlushBatch();
        using var cmd = Command(sql, values);
        var v = cmd.ExecuteScalar();
        return v is DBNull ? null : v;
    }

    private NpgsqlCommand Command(string sql, ReadOnlySpan<object?> values)
    {
        var cmd = new NpgsqlCommand(sql, _c, _tx);
        foreach (var v in values) cmd.Parameters.Add(PostGisStore.Parameter(v));
        return cmd;
    }
}
