using NetTopologySuite.Geometries;

namespace Safeground.Server.Tiles;

/// <summary>
/// Lon/lat polygons into one tile's grid: projected to Web Mercator, clipped to the tile grown by its
/// buffer (Sutherland–Hodgman on each ring against the rectangle: enough for filled areas, and far cheaper
/// than a general overlay), quantised to whole units, which simplifies them to the zoom (repeated points
/// dropped, rings that collapse below three points or under <see cref="MinRingArea"/> dropped), and wound as MVT 2.1 wants:
/// exteriors of positive area in tile coordinates (clockwise with y down), holes negative.
/// </summary>
internal sealed class TileGeometry(TileAddress tile)
{
    /// <summary>
    /// Rings smaller than this (tile units², a quarter of a screen pixel on a 512-pixel tile) are left out: they
    /// draw as nothing, and zoomed out over a national programme they were most of a tile's megabytes.
    /// </summary>
    public const double MinRingArea = 16;

    private const double Min = -TileAddress.Buffer;
    private const double Max = TileAddress.Extent + TileAddress.Buffer;

    private List<double> _a = [], _b = [];

    /// <summary>The rings of a polygonal geometry, ready for <see cref="MvtLayerBuilder.AddPolygon"/>; empty when nothing is left in the tile.</summary>
    public List<int[]> Polygonal(Geometry geometry)
    {
        var rings = new List<int[]>();
        for (int i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is not Polygon { IsEmpty: false } polygon) continue;
            var shell = Ring(polygon.ExteriorRing, exterior: true);
            if (shell is null) continue;
            rings.Add(shell);
            for (int h = 0; h < polygon.NumInteriorRings; h++)
            {
                if (Ring(polygon.GetInteriorRingN(h), exterior: false) is { } hole) rings.Add(hole);
            }
        }
        return rings;
    }

    /// <summary>A point in whole tile units, or null when it lies outside the tile and its buffer.</summary>
    public (int X, int Y)? Point(double lon, double lat)
    {
        var (x, y) = tile.Project(lon, lat);
        if (x < Min || x >= Max || y < Min || y >= Max) return null;
        return ((int)Math.Round(x), (int)Math.Round(y));
    }

    private int[]? Ring(LineString ring, bool exterior)
    {
        var seq = ring.CoordinateSequence;
        int n = seq.Count - 1; // the closing point repeats the first
        if (n < 3) return null;
        _a.Clear();
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        for (int i = 0; i < n; i++)
        {
            var (x, y) = tile.Project(seq.GetX(i), seq.GetY(i));
            _a.Add(x);
            _a.Add(y);
            minX = Math.Min(minX, x); maxX = Math.Max(maxX, x);
            minY = Math.Min(minY, y); maxY = Math.Max(maxY, y);
        }
        if (maxX < Min || minX > Max || maxY < Min || minY > Max) return null;
        if (minX < Min || maxX > Max || minY < Min || maxY > Max)
        {
            Clip(0, Min, keepAbove: true);
            Clip(0, Max, keepAbove: false);
            Clip(1, Min, keepAbove: true);
            Clip(1, Max, keepAbove: false);
        }
        return Quantise(exterior);
    }

    // One edge of the rectangle: keep the side of axis (0 = x, 1 = y) at or above / below the bound.
    private void Clip(int axis, double bound, bool keepAbove)
    {
        var input = _a;
        var output = _b;
        output.Clear();
        int count = input.Count / 2;
        if (count == 0) return;
        bool Inside(int i) => keepAbove ? input[2 * i + axis] >= bound : input[2 * i + axis] <= bound;
        int prev = count - 1;
        bool prevIn = Inside(prev);
        for (int i = 0; i < count; i++)
        {
            bool curIn = Inside(i);
            if (curIn != prevIn)
            {
                double pa = input[2 * prev + axis], ca = input[2 * i + axis];
                double t = (bound - pa) / (ca - pa);
                double px = input[2 * prev], py = input[2 * prev + 1];
                output.Add(px + t * (input[2 * i] - px));
                output.Add(py + t * (input[2 * i + 1] - py));
            }
            if (curIn)
            {
                output.Add(input[2 * i]);
                output.Add(input[2 * i + 1]);
            }
            prev = i;
            prevIn = curIn;
        }
        (_a, _b) = (output, input);
    }

    private int[]? Quantise(bool exterior)
    {
        int count = _a.Count / 2;
        var q = new List<int>(count * 2);
        for (int i = 0; i < count; i++)
        {
            int x = (int)Math.Round(_a[2 * i]), y = (int)Math.Round(_a[2 * i + 1]);
            int m = q.Count;
            if (m >= 2 && q[m - 2] == x && q[m - 1] == y) continue;
            q.Add(x);
            q.Add(y);
        }
        while (q.Count >= 4 && q[0] == q[^2] && q[1] == q[^1]) q.RemoveRange(q.Count - 2, 2);
        if (q.Count < 6) return null;
        long area2 = 0;
        int pts = q.Count / 2;
        for (int i = 0, j = pts - 1; i < pts; j = i++) area2 += (long)q[2 * j] * q[2 * i + 1] - (long)q[2 * i] * q[2 * j + 1];
        if (Math.Abs(area2) < 2 * MinRingArea) return null;
        var ring = q.ToArray();
        if (area2 > 0 != exterior) Reverse(ring);
        return ring;
    }

    private static void Reverse(int[] ring)
    {
        for (int i = 0, j = ring.Length / 2 - 1; i < j; i++, j--)
        {
            (ring[2 * i], ring[2 * j]) = (ring[2 * j], ring[2 * i]);
            (ring[2 * i + 1], ring[2 * j + 1]) = (ring[2 * j + 1], ring[2 * i + 1]);
        }
    }
}
