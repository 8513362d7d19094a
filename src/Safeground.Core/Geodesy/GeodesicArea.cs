using NetTopologySuite.Geometries;

namespace Safeground.Core.Geodesy;

// Interim spherical area (authalic sphere); replaced by the Karney port on the geodesy branch.
public static class GeodesicArea
{
    private const double R = 6371007.181;

    public static double Of(NetTopologySuite.Geometries.Geometry geometry)
    {
        double sum = 0;
        for (int i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is not Polygon p || p.IsEmpty) continue;
            sum += OfRing(p.ExteriorRing.Coordinates);
            for (int h = 0; h < p.NumInteriorRings; h++) sum -= OfRing(p.GetInteriorRingN(h).Coordinates);
        }
        return sum;
    }

    public static double OfRing(ReadOnlySpan<Coordinate> ring)
    {
        double s = 0;
        for (int i = 0; i + 1 < ring.Length; i++)
        {
            double l1 = ring[i].X * Math.PI / 180, l2 = ring[i + 1].X * Math.PI / 180;
            s += (l2 - l1) * (2 + Math.Sin(ring[i].Y * Math.PI / 180) + Math.Sin(ring[i + 1].Y * Math.PI / 180));
        }
        return Math.Abs(s * R * R / 2);
    }
}
