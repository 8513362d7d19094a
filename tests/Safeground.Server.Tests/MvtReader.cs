using System.Text;

namespace Safeground.Server.Tests;

/// <summary>
/// A plain decoder of Mapbox Vector Tiles for the tests, written from the spec apart from the server's
/// encoder: layers, features, attributes and the points of their geometry (tile units).
/// </summary>
internal static class MvtReader
{
    public sealed record Feature(ulong Id, int Type, Dictionary<string, object> Attributes, List<List<(int X, int Y)>> Parts);

    public sealed record Layer(string Name, int Version, int Extent, List<Feature> Features);

    public static List<Layer> Read(byte[] tile)
    {
        var layers = new List<Layer>();
        var r = new Reader(tile);
        while (r.More)
        {
            var (field, _) = r.Tag();
            Assert.Equal(3, field);
            layers.Add(ReadLayer(r.Bytes()));
        }
        return layers;
    }

    private static Layer ReadLayer(byte[] bytes)
    {
        var r = new Reader(bytes);
        string name = "";
        int version = 1, extent = 4096;
        var keys = new List<string>();
        var values = new List<object>();
        var raw = new List<byte[]>();
        while (r.More)
        {
            var (field, wire) = r.Tag();
            switch (field)
            {
                case 15: version = (int)r.Varint(); break;
                case 1: name = Encoding.UTF8.GetString(r.Bytes()); break;
                case 2: raw.Add(r.Bytes()); break;
                case 3: keys.Add(Encoding.UTF8.GetString(r.Bytes())); break;
                case 4: values.Add(ReadValue(r.Bytes())); break;
                case 5: extent = (int)r.Varint(); break;
                default: throw new InvalidDataException($"layer field {field} (wire {wire})");
            }
        }
        return new Layer(name, version, extent, raw.Select(f => ReadFeature(f, keys, values)).ToList());
    }

    private static object ReadValue(byte[] bytes)
    {
        var r = new Reader(bytes);
        var (field, _) = r.Tag();
        return field switch
        {
            1 => Encoding.UTF8.GetString(r.Bytes()),
            3 => r.Double(),
            4 => (long)r.Varint(),
            5 => (long)r.Varint(),
            6 => ZigZag64(r.Varint()),
            7 => r.Varint() != 0,
            _ => throw new InvalidDataException($"value field {field}"),
        };
    }

    private static long ZigZag64(ulong v) => (long)(v >> 1) ^ -(long)(v & 1);

    private static Feature ReadFeature(byte[] bytes, List<string> keys, List<object> values)
    {
        var r = new Reader(bytes);
        ulong id = 0;
        int type = 0;
        var attributes = new Dictionary<string, object>(StringComparer.Ordinal);
        var geometry = new List<uint>();
        while (r.More)
        {
            var (field, _) = r.Tag();
            switch (field)
            {
                case 1: id = r.Varint(); break;
                case 2:
                    var tags = r.Packed();
                    for (int i = 0; i < tags.Count; i += 2) attributes[keys[(int)tags[i]]] = values[(int)tags[i + 1]];
                    break;
                case 3: type = (int)r.Varint(); break;
                case 4: geometry = r.Packed(); break;
                default: throw new InvalidDataException($"feature field {field}");
            }
        }
        var parts = new List<List<(int, int)>>();
        int x = 0, y = 0, at = 0;
        List<(int, int)>? part = null;
        while (at < geometry.Count)
        {
            uint command = geometry[at++];
            uint op = command & 7;
            int count = (int)(command >> 3);
            if (op == 7)
            {
                Assert.NotNull(part);
                continue;
            }
            for (int i = 0; i < count; i++)
            {
                x += (int)ZigZag64(geometry[at++]);
                y += (int)ZigZag64(geometry[at++]);
                if (op == 1) parts.Add(part = []);
                part!.Add((x, y));
            }
        }
        return new Feature(id, type, attributes, parts);
    }

    /// <summary>Twice the signed area of a ring by the surveyor's formula, in tile units (positive: an exterior ring).</summary>
    public static long Area2(List<(int X, int Y)> ring)
    {
        long a = 0;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++) a += (long)ring[j].X * ring[i].Y - (long)ring[i].X * ring[j].Y;
        return a;
    }

    private sealed class Reader(byte[] bytes)
    {
        private int _at;

        public bool More => _at < bytes.Length;

        public ulong Varint()
        {
            ulong v = 0;
            for (int shift = 0; ; shift += 7)
            {
                byte b = bytes[_at++];
                v |= (ulong)(b & 0x7f) << shift;
                if (b < 0x80) return v;
            }
        }

        public (int Field, int Wire) Tag()
        {
            ulong t = Varint();
            return ((int)(t >> 3), (int)(t & 7));
        }

        public byte[] Bytes()
        {
            int n = (int)Varint();
            var b = bytes.AsSpan(_at, n).ToArray();
            _at += n;
            return b;
        }

        public double Double()
        {
            double d = BitConverter.ToDouble(bytes, _at);
            _at += 8;
            return d;
        }

        public List<uint> Packed()
        {
            var inner = new Reader(Bytes());
            var list = new List<uint>();
            while (inner.More) list.Add((uint)inner.Varint());
            return list;
        }
    }
}
