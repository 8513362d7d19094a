namespace Safeground.Server.Tiles;

/// <summary>
/// Rendered tiles kept in memory, least recently used dropped first, bounded in bytes. Each entry carries
/// the store revision it was drawn at: a tile drawn before an approval is never served after it.
/// Thread-safe. 256 MB holds a national store's working set: 1,000 busy z8–z14 tiles of all four layers
/// are about 70 MB, and a map cycling through more than the cache holds would miss on every request.
/// </summary>
internal sealed class TileCache(long maxBytes = 256L * 1024 * 1024)
{
    private readonly Dictionary<(string Store, string Layer, TileAddress Tile), LinkedListNode<Entry>> _index = [];
    private readonly LinkedList<Entry> _order = new();
    private readonly Lock _lock = new();
    private long _bytes;

    public byte[]? Get(string store, string layer, TileAddress tile, string revision)
    {
        lock (_lock)
        {
            if (!_index.TryGetValue((store, layer, tile), out var node)) return null;
            if (node.Value.Revision != revision)
            {
                Remove(node);
                return null;
            }
            _order.Remove(node);
            _order.AddFirst(node);
            return node.Value.Bytes;
        }
    }

    public void Put(string store, string layer, TileAddress tile, string revision, byte[] bytes)
    {
        var key = (store, layer, tile);
        lock (_lock)
        {
            if (_index.TryGetValue(key, out var old)) Remove(old);
            var node = _order.AddFirst(new Entry(key, revision, bytes));
            _index[key] = node;
            _bytes += Cost(bytes);
            while (_bytes > maxBytes && _order.Last is { } last) Remove(last);
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _order.Remove(node);
        _index.Remove(node.Value.Key);
        _bytes -= Cost(node.Value.Bytes);
    }

    // An empty tile still costs its entry.
    private static long Cost(byte[] bytes) => bytes.Length + 128;

    private sealed record Entry((string Store, string Layer, TileAddress Tile) Key, string Revision, byte[] Bytes);
}
