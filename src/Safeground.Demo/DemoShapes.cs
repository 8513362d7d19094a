using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using Safeground.Core.Spatial;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Safeground.Demo;

/// <summary>
/// Hazard polygons and the pieces land release carves out of them. Fields are drawn as star-shaped
/// rounded rectangles with jittered vertices: star-shaped rings are always simple, so every polygon
/// is valid by construction, and the cell bound keeps neighbouring hazards apart.
/// </summary>
internal static class DemoShapes
{
    /// <summary>A field-like polygon of about <paramref name="targetM2"/> within <paramref name="maxRadiusM"/> of the frame's origin.</summary>
    public static NtsGeometry Hazard(Random rng, DemoFrame frame, double targetM2, double maxRadiusM, int minVertices, int maxVertices, double holeChance, double multiChance, bool convex = false)
    {
        double aspect = rng.Chance(0.15) ? rng.Uniform(3, 6) : rng.Uniform(1, 2.5); // some are tree lines and forest belts
        if (rng.Chance(multiChance))
        {
            // Two fields on either side of a road or stream, both in the cell and apart from each other.
            double half = maxRadiusM * 0.5;
            var a = Ring(rng, rng.Next(minVertices, maxVertices + 1), aspect, targetM2 * 0.6, maxRadiusM * 0.45);
            var b = Ring(rng, rng.Next(minVertices, maxVertices + 1), rng.Uniform(1, 2.5), targetM2 * 0.4, maxRadiusM * 0.45);
            return Geo.Factory.CreateMultiPolygon([Polygon(frame, a, -half, null), Polygon(frame, b, half, null)]);
        }
        int n = rng.Next(minVertices, maxVertices + 1);
        var shell = Ring(rng, n, aspect, targetM2, maxRadiusM, convex);
        (double U, double V)[]? hole = null;
        if (n >= 8 && rng.Chance(holeChance))
        {
            // A farmstead or pond inside the field that is not suspected: well inside the shell's nearest edge.
            double inner = MinEdgeDistance(shell) * 0.4;
            if (inner > 25) hole = Ring(rng, 6, 1.3, inner * inner * 2, inner);
        }
        return Polygon(frame, shell, 0, hole);
    }

    /// <summary>The part of the frame between u0 and u1 (a strip across the field), as a large rectangle to intersect.</summary>
    public static NtsGeometry Band(DemoFrame frame, double u0, double u1)
    {
        const double V = 5_000;
        var ring = new[] { frame.ToGeo(u0, -V), frame.ToGeo(u1, -V), frame.ToGeo(u1, V), frame.ToGeo(u0, V), frame.ToGeo(u0, -V) };
        return Geo.Factory.CreatePolygon(ring);
    }

    /// <summary>A uniformly random point inside the geometry (rejection in its envelope), rounded like a GPS fix.</summary>
    public static Point PointIn(Random rng, NtsGeometry g, IndexedPointInAreaLocator locator)
    {
        var env = g.EnvelopeInternal;
        for (int i = 0; i < 200; i++)
        {
            var c = new Coordinate(DemoFrame.Round(rng.Uniform(env.MinX, env.MaxX)), DemoFrame.Round(rng.Uniform(env.MinY, env.MaxY)));
            if (locator.Locate(c) == Location.Interior) return Geo.Factory.CreatePoint(c);
        }
        var p = g.InteriorPoint.Coordinate;
        return Geo.Factory.CreatePoint(new Coordinate(p.X, p.Y));
    }

    // Jittered angles in order and a rounded-rectangle radius: the ring is star-shaped about the centre.
    private static (double U, double V)[] Ring(Random rng, int n, double aspect, double targetM2, double maxRadiusM, bool convex = false)
    {
        double a = Math.Sqrt(aspect), b = 1 / a, phase = rng.Uniform(0, 2 * Math.PI);
        var pts = new (double U, double V)[n];
        for (int k = 0; k < n; k++)
        {
            double phi = phase + 2 * Math.PI * (k + rng.Uniform(-0.35, 0.35)) / n;
            double c = Math.Cos(phi), s = Math.Sin(phi);
            double r = Math.Pow(Math.Pow(Math.Abs(c / a), 3) + Math.Pow(Math.Abs(s / b), 3), -1.0 / 3) * rng.Uniform(0.88, 1.12);
            pts[k] = (r * c, r * s);
        }
        if (convex) pts = Hull(pts);
        n = pts.Length;
        double area = 0, maxR = 0;
        for (int k = 0; k < n; k++)
        {
            var (u1, v1) = pts[k];
            var (u2, v2) = pts[(k + 1) % n];
            area += u1 * v2 - u2 * v1;
            maxR = Math.Max(maxR, Math.Sqrt(u1 * u1 + v1 * v1));
        }
        double scale = Math.Sqrt(targetM2 / (area / 2));
        if (maxR * scale > maxRadiusM) scale = maxRadiusM / maxR;
        for (int k = 0; k < n; k++) pts[k] = (pts[k].U * scale, pts[k].V * scale);
        return pts;
    }

    // Points in angular order round the origin: drop every vertex that turns clockwise until none does.
    private static (double U, double V)[] Hull((double U, double V)[] pts)
    {
        var list = pts.ToList();
        for (bool changed = true; changed && list.Count > 3;)
        {
            changed = false;
            for (int k = 0; k < list.Count && list.Count > 3; k++)
            {
                var a = list[(k + list.Count - 1) % list.Count];
                var b = list[k];
                var c = list[(k + 1) % list.Count];
                double cross = (b.U - a.U) * (c.V - b.V) - (b.V - a.V) * (c.U - b.U);
                // Nearly straight vertices go too: rounding to centimetres could otherwise bend them inwards.
                if (cross <= 1e-3 * Math.Sqrt(((b.U - a.U) * (b.U - a.U) + (b.V - a.V) * (b.V - a.V)) * ((c.U - b.U) * (c.U - b.U) + (c.V - b.V) * (c.V - b.V)))) { list.RemoveAt(k); changed = true; }
            }
        }
        return list.ToArray();
    }

    private static double MinEdgeDistance((double U, double V)[] ring)
    {
        double min = double.MaxValue;
        for (int k = 0; k < ring.Length; k++)
        {
            var (u1, v1) = ring[k];
            var (u2, v2) = ring[(k + 1) % ring.Length];
            double du = u2 - u1, dv = v2 - v1, len2 = du * du + dv * dv;
            double t = len2 == 0 ? 0 : Math.Clamp(-(u1 * du + v1 * dv) / len2, 0, 1);
            double pu = u1 + t * du, pv = v1 + t * dv;
            min = Math.Min(min, Math.Sqrt(pu * pu + pv * pv));
        }
        return min;
    }

    // Shell counter-clockwise, hole clockwise (the OGC convention), offset along u for multipolygon parts.
    private static Polygon Polygon(DemoFrame frame, (double U, double V)[] shell, double offsetU, (double U, double V)[]? hole)
    {
        var outer = Close(shell.Select(p => frame.ToGeo(p.U + offsetU, p.V)));
        if (hole is null) return Geo.Factory.CreatePolygon(outer);
        var inner = Close(hole.Reverse().Select(p => frame.ToGeo(p.U + offsetU, p.V)));
        return Geo.Factory.CreatePolygon(Geo.Factory.CreateLinearRing(outer), [Geo.Factory.CreateLinearRing(inner)]);
    }

    private static Coordinate[] Close(IEnumerable<Coordinate> coords)
    {
        var list = coords.ToList();
        list.Add(list[0].Copy());
        return list.ToArray();
    }
}
