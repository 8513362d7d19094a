using NetTopologySuite.Geometries;
using Safeground.Core.Spatial;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Safeground.Demo;

/// <summary>
/// Cuts a hazard into bands across its long axis (u0 ≤ u ≤ u1). A convex polygon is clipped directly
/// (Sutherland–Hodgman against two half-planes: exact, valid and about a hundred times cheaper than an
/// overlay), which is what keeps the national stream fast; anything else goes through the overlay.
/// The frame's lon/lat ↔ metre mapping is affine, so clipping in lon/lat by u is exact.
/// </summary>
internal static class DemoClip
{
    public static NtsGeometry Band(DemoFrame frame, NtsGeometry g, double u0, double u1)
    {
        if (g is Polygon { NumInteriorRings: 0 } p && !p.IsEmpty && IsConvex(p.ExteriorRing.Coordinates))
            return Convex(frame, p.ExteriorRing.Coordinates, u0, u1);
        return Polygons.Intersection(DemoShapes.Band(frame, u0, u1), g);
    }

    /// <summary>
    /// The geometry grown outwards by about <paramref name="metres"/>. Claims drawn from it cross the
    /// hazard's edges instead of running along them: overlays of nearly coincident edges round off by
    /// tenths of a m², which would break the area ledger's exactness, so demo claims stick out a metre.
    /// </summary>
    public static NtsGeometry Grow(DemoFrame frame, NtsGeometry g, double metres)
    {
        if (g is Polygon { NumInteriorRings: 0 } p && !p.IsEmpty && IsConvex(p.ExteriorRing.Coordinates))
        {
            // Scaling about the vertex mean keeps it convex (so clipping stays cheap) and moves every edge out by at least the margin.
            var ring = p.ExteriorRing.Coordinates;
            double cx = 0, cy = 0;
            for (int i = 0; i < ring.Length - 1; i++) { cx += ring[i].X; cy += ring[i].Y; }
            cx /= ring.Length - 1;
            cy /= ring.Length - 1;
            var centre = new Coordinate(cx, cy);
            double nearest = MinEdgeDistanceM(frame, ring, centre);
            double factor = 1 + metres / Math.Max(nearest, 1);
            var grown = ring.Select(c => new Coordinate(cx + (c.X - cx) * factor, cy + (c.Y - cy) * factor)).ToArray();
            grown[^1] = grown[0].Copy();
            return Geo.Factory.CreatePolygon(grown);
        }
        var parameters = new NetTopologySuite.Operation.Buffer.BufferParameters { JoinStyle = NetTopologySuite.Operation.Buffer.JoinStyle.Mitre, MitreLimit = 3 };
        return Polygons.Polygonal(g.Buffer(metres / 90_000, parameters)); // degrees: between a metre of longitude and of latitude here
    }

    /// <summary>
    /// The geometry with a vertex wherever a cut line u = const crosses an edge. Areas are geodesic but
    /// overlays split edges in lon/lat, and splitting a 300 m edge moves the area by tenths of a m²; with
    /// the split points already in the perimeter, every later release partitions it exactly.
    /// </summary>
    public static NtsGeometry WithCuts(DemoFrame frame, NtsGeometry g, IReadOnlyList<double> cuts)
    {
        if (cuts.Count == 0) return g;
        Polygon Cut(Polygon p) => Geo.Factory.CreatePolygon(
            Geo.Factory.CreateLinearRing(CutRing(frame, p.ExteriorRing.Coordinates, cuts)),
            Enumerable.Range(0, p.NumInteriorRings).Select(h => Geo.Factory.CreateLinearRing(CutRing(frame, p.GetInteriorRingN(h).Coordinates, cuts))).ToArray());
        return g switch
        {
            Polygon p => Cut(p),
            MultiPolygon mp => Geo.Factory.CreateMultiPolygon(Enumerable.Range(0, mp.NumGeometries).Select(k => Cut((Polygon)mp.GetGeometryN(k))).ToArray()),
            _ => g,
        };
    }

    private static Coordinate[] CutRing(DemoFrame frame, Coordinate[] ring, IReadOnlyList<double> cuts)
    {
        var result = new List<Coordinate>(ring.Length + 2 * cuts.Count);
        var along = new List<double>();
        for (int i = 0; i < ring.Length - 1; i++)
        {
            var a = ring[i];
            var b = ring[i + 1];
            result.Add(a);
            double ua = frame.ToLocal(a).U, ub = frame.ToLocal(b).U;
            along.Clear();
            foreach (double u in cuts)
            {
                double t = (u - ua) / (ub - ua);
                if (t > 1e-6 && t < 1 - 1e-6) along.Add(t);
            }
            along.Sort();
            foreach (double t in along) result.Add(new Coordinate(a.X + t * (b.X - a.X), a.Y + t * (b.Y - a.Y)));
        }
        result.Add(result[0].Copy());
        return result.ToArray();
    }

    private static double MinEdgeDistanceM(DemoFrame frame, Coordinate[] ring, Coordinate centre)
    {
        var (cu, cv) = frame.ToLocal(centre);
        double min = double.MaxValue;
        for (int i = 0; i < ring.Length - 1; i++)
        {
            var (u1, v1) = frame.ToLocal(ring[i]);
            var (u2, v2) = frame.ToLocal(ring[i + 1]);
            double du = u2 - u1, dv = v2 - v1, len = Math.Sqrt(du * du + dv * dv);
            if (len == 0) continue;
            min = Math.Min(min, Math.Abs((cu - u1) * dv - (cv - v1) * du) / len);
        }
        return min;
    }

    private static NtsGeometry Convex(DemoFrame frame, Coordinate[] ring, double u0, double u1)
    {
        var pts = new List<Coordinate>(ring.Length + 4);
        for (int i = 0; i < ring.Length - 1; i++) pts.Add(ring[i]);
        pts = HalfPlane(frame, pts, u0, keepAbove: true);
        pts = HalfPlane(frame, pts, u1, keepAbove: false);
        var clean = new List<Coordinate>(pts.Count + 1);
        foreach (var c in pts)
            if (clean.Count == 0 || !Near(clean[^1], c)) clean.Add(c);
        while (clean.Count > 1 && Near(clean[0], clean[^1])) clean.RemoveAt(clean.Count - 1);
        if (clean.Count < 3) return Geo.Empty;
        clean.Add(clean[0].Copy());
        var poly = Geo.Factory.CreatePolygon(clean.ToArray());
        return poly.Area > 1e-14 ? poly : Geo.Empty; // a band that only grazes a vertex
    }

    private static List<Coordinate> HalfPlane(DemoFrame frame, List<Coordinate> pts, double u, bool keepAbove)
    {
        var result = new List<Coordinate>(pts.Count + 2);
        for (int i = 0; i < pts.Count; i++)
        {
            var a = pts[i];
            var b = pts[(i + 1) % pts.Count];
            double da = frame.ToLocal(a).U - u, db = frame.ToLocal(b).U - u;
            if (!keepAbove) { da = -da; db = -db; }
            if (da >= 0) result.Add(a);
            if ((da >= 0) != (db >= 0))
            {
                double t = da / (da - db);
                result.Add(new Coordinate(a.X + t * (b.X - a.X), a.Y + t * (b.Y - a.Y)));
            }
        }
        return result;
    }

    private static bool Near(Coordinate a, Coordinate b) => Math.Abs(a.X - b.X) < 1e-11 && Math.Abs(a.Y - b.Y) < 1e-11;

    private static bool IsConvex(Coordinate[] ring)
    {
        int sign = 0;
        int n = ring.Length - 1;
        if (n < 3) return false;
        for (int i = 0; i < n; i++)
        {
            var a = ring[i];
            var b = ring[(i + 1) % n];
            var c = ring[(i + 2) % n];
            double cross = (b.X - a.X) * (c.Y - b.Y) - (b.Y - a.Y) * (c.X - b.X);
            if (cross == 0) continue;
            int s = cross > 0 ? 1 : -1;
            if (sign == 0) sign = s;
            else if (s != sign) return false;
        }
        return sign != 0;
    }
}
