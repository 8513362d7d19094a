using NetTopologySuite.Geometries;

namespace Safeground.Geodesy;

/// <summary>
/// Ellipsoidal (WGS84) area of lon/lat polygons with geodesic edges, using Karney's algorithm
/// (GeographicLib); agrees with GeographicLib's Planimeter to round-off.
/// </summary>
public static class GeodesicArea
{
    /// <summary>
    /// Area in m² on the WGS84 ellipsoid of a polygonal NTS geometry (Polygon or MultiPolygon, lon/lat
    /// degrees, X=lon, Y=lat), holes subtracted; edges are geodesics. Non-polygonal or empty geometry → 0.
    /// Ring orientation does not matter. Polygonal members of a GeometryCollection are summed.
    /// </summary>
    public static double Of(NetTopologySuite.Geometries.Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        switch (geometry)
        {
            case Polygon polygon:
                return PolygonOf(polygon);
            case GeometryCollection collection:
                double sum = 0;
                int n = collection.NumGeometries;
                for (int i = 0; i < n; i++)
                {
                    sum += Of(collection.GetGeometryN(i));
                }

                return sum;
            default:
                return 0;
        }
    }

    /// <summary>Area in m² of one ring (closed, first == last, or not), absolute value.</summary>
    public static double OfRing(ReadOnlySpan<Coordinate> ring)
    {
        int n = ring.Length;
        // A repeated closing vertex would add a zero-length edge; skip it.
        if (n > 1 && ring[0].X == ring[n - 1].X && ring[0].Y == ring[n - 1].Y)
        {
            n--;
        }

        var polygon = new PolygonArea(Geodesic.Wgs84);
        for (int i = 0; i < n; i++)
        {
            Coordinate c = ring[i];
            polygon.AddPoint(c.Y, c.X);
        }

        polygon.Compute(reverse: false, sign: true, out double area, out _);
        return Math.Abs(area);
    }

    private static double PolygonOf(Polygon polygon)
    {
        if (polygon.IsEmpty)
        {
            return 0;
        }

        double area = OfSequence(polygon.Shell.CoordinateSequence);
        LinearRing[] holes = polygon.Holes;
        for (int i = 0; i < holes.Length; i++)
        {
            area -= OfSequence(holes[i].CoordinateSequence);
        }

        return area;
    }

    /// <summary>Reads ordinates straight from the sequence so packed sequences need no Coordinate copies.</summary>
    private static double OfSequence(CoordinateSequence sequence)
    {
        int n = sequence.Count;
        if (n > 1 && sequence.GetX(0) == sequence.GetX(n - 1) && sequence.GetY(0) == sequence.GetY(n - 1))
        {
            n--;
        }

        var polygon = new PolygonArea(Geodesic.Wgs84);
        for (int i = 0; i < n; i++)
        {
            polygon.AddPoint(sequence.GetY(i), sequence.GetX(i));
        }

        polygon.Compute(reverse: false, sign: true, out double area, out _);
        return Math.Abs(area);
    }
}
