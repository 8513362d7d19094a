using System.Buffers.Binary;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Safeground.Core.Spatial;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Safeground.Storage.GeoPackage.Encoding;

/// <summary>
/// GeoPackage geometry blobs: NTS's codec for the geometry, plus a header-only reader for the
/// envelope, which is all the R-tree triggers and bulk index maintenance need.
/// </summary>
internal static class GpkgBlob
{
    // XY only: the default XYZM output writes NaN Z/M that GDAL's validator rejects.
    [ThreadStatic] private static GeoPackageGeoWriter? t_writer;
    [ThreadStatic] private static GeoPackageGeoReader? t_reader;

    private static GeoPackageGeoWriter Writer => t_writer ??= new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY };
    private static GeoPackageGeoReader Reader => t_reader ??= new GeoPackageGeoReader { HandleSRID = true };

    /// <summary>The blob for a non-empty geometry; empty geometries are stored as NULL, never as an empty blob.</summary>
    public static byte[]? Write(NtsGeometry? geometry) =>
        geometry is null || geometry.IsEmpty ? null : Writer.Write(geometry);

    /// <summary>Polygonal geometry as the MultiPolygon a MULTIPOLYGON column must hold.</summary>
    public static byte[]? WriteMulti(NtsGeometry? geometry) => Write(AsMulti(geometry));

    /// <summary>Length of a point blob: 8-byte header, XY envelope, 21-byte WKB point.</summary>
    public const int PointLength = 8 + 32 + 21;

    /// <summary>
    /// Writes the same bytes NTS's writer gives for a point (little-endian, SRID 4326, XY envelope),
    /// into a caller's buffer: the bulk find import writes a million of them without allocating.
    /// </summary>
    public static void WritePoint(Span<byte> blob, double x, double y)
    {
        blob[0] = (byte)'G';
        blob[1] = (byte)'P';
        blob[2] = 0;
        blob[3] = 0x03; // little-endian, envelope [minx, maxx, miny, maxy]
        BinaryPrimitives.WriteInt32LittleEndian(blob[4..], Geo.Wgs84);
        BinaryPrimitives.WriteDoubleLittleEndian(blob[8..], x);
        BinaryPrimitives.WriteDoubleLittleEndian(blob[16..], x);
        BinaryPrimitives.WriteDoubleLittleEndian(blob[24..], y);
        BinaryPrimitives.WriteDoubleLittleEndian(blob[32..], y);
        blob[40] = 1; // WKB little-endian
        BinaryPrimitives.WriteUInt32LittleEndian(blob[41..], 1); // wkbPoint
        BinaryPrimitives.WriteDoubleLittleEndian(blob[45..], x);
        BinaryPrimitives.WriteDoubleLittleEndian(blob[53..], y);
    }

    public static NtsGeometry Read(byte[] blob)
    {
        var g = Reader.Read(blob);
        // The reader builds with its own factory: move to Safeground's (SRID 4326, OverlayNG).
        var copy = Geo.Factory.CreateGeometry(g);
        copy.SRID = Geo.Wgs84;
        return copy;
    }

    /// <summary>A MultiPolygon column read back: one part becomes the Polygon it was written from.</summary>
    public static NtsGeometry ReadPolygonal(byte[]? blob)
    {
        if (blob is null) return Geo.Empty;
        var g = Read(blob);
        return g is MultiPolygon { NumGeometries: 1 } mp ? mp.GetGeometryN(0) : g;
    }

    public static Point ReadPoint(byte[] blob)
    {
        if (TryEnvelope(blob, out var e) && e.MinX == e.MaxX && e.MinY == e.MaxY) return Geo.Point(e.MinX, e.MinY);
        return (Point)Read(blob);
    }

    public static NtsGeometry? AsMulti(NtsGeometry? geometry) => geometry switch
    {
        null => null,
        Polygon p when !p.IsEmpty => Geo.Factory.CreateMultiPolygon([p]),
        _ => geometry,
    };

    public static bool IsEmpty(byte[]? blob) => blob is null || blob.Length < 8 || (blob[3] & 0x10) != 0;

    /// <summary>Reads the envelope from the header (or, for a header without one, from the geometry).</summary>
    public static bool TryEnvelope(byte[]? blob, out Box box)
    {
        box = default;
        if (blob is null || blob.Length < 8 || blob[0] != (byte)'G' || blob[1] != (byte)'P') return false;
        byte flags = blob[3];
        if ((flags & 0x10) != 0) return false;
        bool little = (flags & 1) == 1;
        int indicator = (flags >> 1) & 7;
        if (indicator == 0)
        {
            var env = Reader.Read(blob).EnvelopeInternal;
            if (env.IsNull) return false;
            box = new Box(env.MinX, env.MaxX, env.MinY, env.MaxY);
            return true;
        }
        if (blob.Length < 40) return false;
        var span = blob.AsSpan(8, 32);
        box = new Box(D(span, 0, little), D(span, 8, little), D(span, 16, little), D(span, 24, little));
        return true;
    }

    private static double D(ReadOnlySpan<byte> s, int at, bool little) =>
        little ? BinaryPrimitives.ReadDoubleLittleEndian(s[at..]) : BinaryPrimitives.ReadDoubleBigEndian(s[at..]);
}
