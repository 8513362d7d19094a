using System.Collections.Concurrent;
using Safeground.Core.Storage;

namespace Safeground.Server.Tiles;

/// <summary>
/// Open stores kept for tile requests: a map asks for dozens of tiles a second and opening a store per
/// request (two connections and a schema check) costs more than a cached tile. A store is lent to one
/// request at a time (a store is not thread-safe, but may move between threads), only read from, and
/// closed when the server stops or when a request using it failed.
/// </summary>
internal sealed class TileStores(Func<ISafegroundStore> open) : IDisposable
{
    private readonly ConcurrentBag<ISafegroundStore> _idle = [];
    private readonly int _keep = Math.Max(2, Environment.ProcessorCount * 2);
    private bool _disposed;

    public T Use<T>(Func<ISafegroundStore, T> read)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var store = _idle.TryTake(out var s) ? s : open();
        T result;
        try
        {
            result = read(store);
        }
        catch
        {
            store.Dispose();
            throw;
        }
        if (_disposed || _idle.Count >= _keep) store.Dispose();
        else _idle.Add(store);
        return result;
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var s)) s.Dispose();
    }
}
