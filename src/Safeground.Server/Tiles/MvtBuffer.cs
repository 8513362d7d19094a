using System.Text;

namespace Safeground.Server.Tiles;

/// <summary>
/// The protobuf wire format, just as much as a Mapbox Vector Tile needs (varints, zigzag, length-delimited
/// fields) over a growable byte array.
/// </summary>
/// <remarks>
/// Our own encoder rather than NetTopologySuite.IO.VectorTiles.Mapbox: that writer goes through
/// protobuf-net and an object model (a VectorTile, layers, features with attribute tables) built per tile,
/// and neither clips nor filters; here features are encoded as they stream from the store, into buffers
/// reused for the whole tile. GDAL's MVT driver decodes the result in the tests.
/// </remarks>
internal sealed class MvtBuffer
{
    private byte[] _bytes = new byte[256];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Varint(ulong value)
    {
        Ensure(10);
        while (value >= 0x80)
        {
            _bytes[Length++] = (byte)(value | 0x80);
            value >>= 7;
        }
        _bytes[Length++] = (byte)value;
    }

    public void Tag(int field, int wireType) => Varint((ulong)((field << 3) | wireType));

    public void VarintField(int field, ulong value)
    {
        Tag(field, 0);
        Varint(value);
    }

    public void DoubleField(int field, double value)
    {
        Tag(field, 1);
        Ensure(8);
        BitConverter.TryWriteBytes(_bytes.AsSpan(Length), value);
        Length += 8;
    }

    public void BytesField(int field, ReadOnlySpan<byte> value)
    {
        Tag(field, 2);
        Varint((ulong)value.Length);
        Ensure(value.Length);
        value.CopyTo(_bytes.AsSpan(Length));
        Length += value.Length;
    }

    public void StringField(int field, string value)
    {
        Tag(field, 2);
        int n = Encoding.UTF8.GetByteCount(value);
        Varint((ulong)n);
        Ensure(n);
        Length += Encoding.UTF8.GetBytes(value, _bytes.AsSpan(Length));
    }

    /// <summary>A packed repeated uint32 field (tags, geometry commands).</summary>
    public void PackedField(int field, List<uint> values)
    {
        int size = 0;
        foreach (var v in values) size += VarintSize(v);
        Tag(field, 2);
        Varint((ulong)size);
        foreach (var v in values) Varint(v);
    }

    /// <summary>Bytes already encoded as fields (no tag of their own).</summary>
    public void Append(MvtBuffer other)
    {
        Ensure(other.Length);
        other.Written.CopyTo(_bytes.AsSpan(Length));
        Length += other.Length;
    }

    public static uint ZigZag(int n) => (uint)((n << 1) ^ (n >> 31));

    private static int VarintSize(uint v) => v < 1u << 7 ? 1 : v < 1u << 14 ? 2 : v < 1u << 21 ? 3 : v < 1u << 28 ? 4 : 5;

    private void Ensure(int more)
    {
        if (Length + more > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + more));
    }
}
