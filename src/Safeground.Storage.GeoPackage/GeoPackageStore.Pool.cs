using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Safeground.Storage.GeoPackage;

public sealed partial class GeoPackageStore
{
    private ConnectionPool? _pool;

    /// <summary>
    /// Opens a store whose two connections come from, and on Dispose go back to, a pool kept per file:
    /// for a server, which opens a store per request. Opening a GeoPackage (schema check, WAL switch)
    /// and closing it (checkpoint, switch back to a single file) cost milliseconds each, far more than
    /// answering a page of features. <see cref="ClosePool"/> closes the pooled connections.
    /// </summary>
    public static GeoPackageStore OpenPooled(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        var pool = Pools.GetOrAdd(full, _ => new ConnectionPool());
        var store = pool.TryTake(out var pair)
            ? new GeoPackageStore(full, pair.Writer, pair.Reader)
            : Open(full, create: false);
        store._pool = pool;
        return store;
    }

    /// <summary>Closes the pooled connections of a file; the last to close leaves it a single file again.</summary>
    public static void ClosePool(string path)
    {
        if (!Pools.TryRemove(Path.GetFullPath(path), out var pool)) return;
        foreach (var (writer, reader) in pool.Drain())
        {
            new GeoPackageStore(path, writer, reader).Dispose();
        }
    }

    private static readonly ConcurrentDictionary<string, ConnectionPool> Pools = new(StringComparer.Ordinal);

    // Gives the connections back instead of closing them, when they are in a clean state: no write
    // transaction open, the reader open.
    private bool ReturnToPool() =>
        _pool is not null
        && _active is null
        && _reader.State == System.Data.ConnectionState.Open
        && _pool.TryReturn(_writer, _reader);

    private sealed class ConnectionPool
    {
        // Enough for the requests a small server runs at once; more are opened and closed as before.
        private const int Capacity = 32;
        private readonly Stack<(SqliteConnection Writer, SqliteConnection Reader)> _idle = new();
        private readonly Lock _lock = new();
        private bool _closed;

        public bool TryTake(out (SqliteConnection Writer, SqliteConnection Reader) pair)
        {
            lock (_lock) return _idle.TryPop(out pair);
        }

        public bool TryReturn(SqliteConnection writer, SqliteConnection reader)
        {
            lock (_lock)
            {
                if (_closed || _idle.Count >= Capacity) return false;
                _idle.Push((writer, reader));
                return true;
            }
        }

        public List<(SqliteConnection Writer, SqliteConnection Reader)> Drain()
        {
            lock (_lock)
            {
                _closed = true;
                var all = _idle.ToList();
                _idle.Clear();
                return all;
            }
        }
    }
}
