using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using Safeground.Core.Geodesy;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Safeground.Core.Geometry;

/// <summary>
/// Polygon algebra for land release. Every operation returns a valid polygonal geometry (possibly
/// empty) so that areas add up: release ∩ remaining and remaining − release partition the remaining area.
/// </summary>
public static class Polygons
{
    /// <summary>The polygonal part of <paramref name="g"/>, repaired if invalid (self-intersections, wrong ring order).</summary>
    public static NtsGeometry Polygonal(NtsGeometry? g)
    {
        if (g is null || g.IsEmpty) return Geo.Empty;
        var fixedGeometry = g.IsValid ? g : GeometryFixer.Fix(g);
        return KeepPolygons(fixedGeometry);
    }

    public static NtsGeometry Intersection(NtsGeometry a, NtsGeometry b)
    {
        if (a.IsEmpty || b.IsEmpty || !a.EnvelopeInternal.Intersects(b.EnvelopeInternal)) return Geo.Empty;
        return KeepPolygons(OverlayNGRobust.Overlay(a, b, SpatialFunction.Intersection));
    }

    public static NtsGeometry Difference(NtsGeometry a, NtsGeometry b)
    {
        if (a.IsEmpty) return Geo.Empty;
        if (b.IsEmpty || !a.EnvelopeInternal.Intersects(b.EnvelopeInternal)) return a;
        return KeepPolygons(OverlayNGRobust.Overlay(a, b, SpatialFunction.Difference));
    }

    public static NtsGeometry Union(NtsGeometry a, NtsGeometry b)
    {
        if (a.IsEmpty) return b;
        if (b.IsEmpty) return a;
        return KeepPolygons(OverlayNGRobust.Overlay(a, b, SpatialFunction.Union));
    }

    /// <summary>Ellipsoidal (WGS84) area in m².</summary>
    public static double AreaM2(NtsGeometry g) => g.IsEmpty ? 0 : GeodesicArea.Of(g);

    private static NtsGeometry KeepPolygons(NtsGeometry g)
    {
        if (g.IsEmpty) return Geo.Empty;
        if (g is Polygon or MultiPolygon) return Normalise(g);
        var parts = new List<Polygon>();
        for (int i = 0; i < g.NumGeometries; i++)
        {
            var part = g.GetGeometryN(i);
            if (part is Polygon p && !p.IsEmpty) parts.Add(p);
            else if (part is MultiPolygon mp) for (int j = 0; j < mp.NumGeometries; j++) parts.Add((Polygon)mp.GetGeometryN(j));
        }
        if (parts.Count == 0) return Geo.Empty;
        return Normalise(parts.Count == 1 ? parts[0] : Geo.Factory.CreateMultiPolygon(parts.ToArray()));
    }

    private static NtsGeometry Normalise(NtsGeometry g)
    {
        if (g.SRID != Geo.Wgs84 || g.Factory != Geo.Factory) g = Geo.Factory.CreateGeometry(g);
        return g;
    }
}
