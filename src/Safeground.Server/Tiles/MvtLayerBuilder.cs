namespace Safeground.Server.Tiles;

/// <summary>
/// One layer of a Mapbox Vector Tile (spec 2.1) built feature by feature: keys and values shared through
/// tables, geometry as MoveTo/LineTo/ClosePath commands with zigzag deltas. Reused across tiles.
/// </summary>
internal sealed class MvtLayerBuilder
{
    private const int PointType = 1;
    private const int PolygonType = 3;
    private const uint MoveTo = 1, LineTo = 2, ClosePath = 7;

    private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<object, int> _values = [];
    private readonly MvtBuffer _features = new();
    private readonly MvtBuffer _feature = new();
    private readonly List<uint> _tags = [];
    private readonly List<uint> _geometry = [];
    private int _cx, _cy;

    public int FeatureCount { get; private set; }

    public void Reset()
    {
        _keys.Clear();
        _values.Clear();
        _features.Clear();
        FeatureCount = 0;
    }

    /// <summary>A point feature at tile coordinates.</summary>
    public void AddPoint(int x, int y, IReadOnlyList<KeyValuePair<string, object>> attributes, ulong id = 0)
    {
        BeginGeometry();
        _geometry.Add(Command(MoveTo, 1));
        Delta(x, y);
        AddFeature(PointType, attributes, id);
    }

    /// <summary>
    /// A polygon feature from rings already in tile coordinates, closed implicitly (first point not repeated):
    /// each exterior (positive area, y down) followed by its holes (negative area).
    /// </summary>
    public void AddPolygon(List<int[]> rings, IReadOnlyList<KeyValuePair<string, object>> attributes)
    {
        BeginGeometry();
        foreach (var ring in rings)
        {
            int points = ring.Length / 2;
            _geometry.Add(Command(MoveTo, 1));
            Delta(ring[0], ring[1]);
            _geometry.Add(Command(LineTo, points - 1));
            for (int i = 1; i < points; i++) Delta(ring[2 * i], ring[2 * i + 1]);
            _geometry.Add(Command(ClosePath, 1));
        }
        AddFeature(PolygonType, attributes, 0);
    }

    /// <summary>The layer as a Tile message holding it alone (field 3 of Tile): tiles concatenate such messages.</summary>
    public byte[] ToTile(string name)
    {
        var layer = new MvtBuffer();
        layer.VarintField(15, 2); // version
        layer.StringField(1, name);
        layer.Append(_features);
        foreach (var key in _keys.Keys) layer.StringField(3, key);
        var value = new MvtBuffer();
        foreach (var v in _values.Keys)
        {
            value.Clear();
            switch (v)
            {
                case string s: value.StringField(1, s); break;
                case double d: value.DoubleField(3, d); break;
                case long l when l >= 0: value.VarintField(5, (ulong)l); break;
                case long l: value.VarintField(6, (ulong)(((l << 1) ^ (l >> 63)))); break;
                default: throw new InvalidOperationException($"map attribute value of type {v.GetType().Name}");
            }
            layer.BytesField(4, value.Written);
        }
        layer.VarintField(5, TileAddress.Extent);
        var tile = new MvtBuffer();
        tile.BytesField(3, layer.Written);
        return tile.Written.ToArray();
    }

    private void BeginGeometry()
    {
        _geometry.Clear();
        _cx = _cy = 0;
    }

    private void Delta(int x, int y)
    {
        _geometry.Add(MvtBuffer.ZigZag(x - _cx));
        _geometry.Add(MvtBuffer.ZigZag(y - _cy));
        _cx = x;
        _cy = y;
    }

    private static uint Command(uint id, int count) => (id & 0x7) | ((uint)count << 3);

    private void AddFeature(int type, IReadOnlyList<KeyValuePair<string, object>> attributes, ulong id)
    {
        _tags.Clear();
        foreach (var (key, value) in attributes)
        {
            if (!_keys.TryGetValue(key, out int k)) _keys.Add(key, k = _keys.Count);
            if (!_values.TryGetValue(value, out int v)) _values.Add(value, v = _values.Count);
            _tags.Add((uint)k);
            _tags.Add((uint)v);
        }
        _feature.Clear();
        if (id != 0) _feature.VarintField(1, id);
        _feature.PackedField(2, _tags);
        _feature.VarintField(3, (ulong)type);
        _feature.PackedField(4, _geometry);
        _features.BytesField(2, _feature.Written);
        FeatureCount++;
    }
}
