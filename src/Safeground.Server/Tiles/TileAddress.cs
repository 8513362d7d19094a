using System.Globalization;
using Microsoft.AspNetCore.Http;
using NetTopologySuite.Geometries;
using Safeground.Core.Text;

namespace Safeground.Server.Tiles;

/// <summary>
/// One tile of the XYZ scheme over Web Mercator (EPSG:3857): zoom, column, row (row 0 at the north), and
/// the projection of lon/lat into its 4096-unit grid (y down, as the Mapbox Vector Tile spec has it).
/// </summary>
public readonly record struct TileAddress(int Z, int X, int Y)
{
    public const int MaxZoom = 22;
    public const int Extent = 4096;
    public const int Buffer = 64;
    private const double MaxLatitude = 85.05112877980659;

    /// <summary>The address from the URL's words; a 400 problem naming the parameter when one is not a tile.</summary>
    public static TileAddress Parse(string z, string x, string y)
    {
        int zoom = Number(z, "z", MaxZoom);
        int last = (1 << zoom) - 1;
        return new TileAddress(zoom, Number(x, "x", last), Number(y, "y", last));
    }

    private static int Number(string text, string name, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n <= max
            ? n
            : throw new BadHttpRequestException(Texts.Render("tiles.coordinate", ("name", name), ("max", max), ("value", text)), StatusCodes.Status400BadRequest);

    /// <summary>The lon/lat box of the tile grown by <paramref name="units"/> tile units each side (clamped to the world).</summary>
    public Envelope LonLatBounds(int units)
    {
        double n = 1 << Z;
        var (x, y) = (X, Y);
        double Lon(double u) => Math.Clamp((x + u / Extent) / n * 360 - 180, -180, 180);
        double Lat(double v) => Math.Clamp(Math.Atan(Math.Sinh(Math.PI * (1 - 2 * (y + v / Extent) / n))) * 180 / Math.PI, -90, 90);
        return new Envelope(Lon(-units), Lon(Extent + units), Lat(Extent + units), Lat(-units));
    }

    /// <summary>The world (0..1, y down) Mercator position of a lon/lat.</summary>
    public static (double X, double Y) World(double lon, double lat)
    {
        double phi = Math.Clamp(lat, -MaxLatitude, MaxLatitude) * Math.PI / 180;
        return ((lon + 180) / 360, (1 - Math.Log(Math.Tan(phi) + 1 / Math.Cos(phi)) / Math.PI) / 2);
    }

    /// <summary>A lon/lat in this tile's units (0..4096 inside, y down), not rounded.</summary>
    public (double X, double Y) Project(double lon, double lat)
    {
        var (wx, wy) = World(lon, lat);
        double scale = (double)(1L << Z) * Extent;
        return (wx * scale - (double)X * Extent, wy * scale - (double)Y * Extent);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Z}/{X}/{Y}");
}
