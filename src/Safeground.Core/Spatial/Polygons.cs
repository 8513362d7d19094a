using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using Safeground.Geodesy;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Safeground.Core.Spatial;

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

    /// <summary>
    /// Splits <paramref name="parent"/> by <paramref name="claim"/>: taken = claim ∩ parent and
    /// rest = parent − claim, with the vertices the overlay put on parent edges moved onto those
    /// edges' geodesics, so that AreaM2(taken) + AreaM2(rest) = AreaM2(parent) to round-off.
    /// </summary>
    /// <remarks>
    /// Plain <see cref="Intersection"/> and <see cref="Difference"/> place new vertices on the
    /// straight lon/lat segment while <see cref="AreaM2"/> reads edges as geodesics; the mismatch
    /// is tens of m² on km-long east-west edges, which breaks the land-release ledger's sums.
    /// rest is parent − claim rather than parent − taken: both overlays then intersect the same
    /// (claim edge, parent edge) pairs and get the same new vertices, whereas re-noding the parent
    /// against taken's nearly collinear edges adds near-duplicate vertices a few ulps apart, which
    /// the snap could collapse onto one point.
    /// </remarks>
    public static (NtsGeometry Taken, NtsGeometry Remainder) Split(NtsGeometry parent, NtsGeometry claim)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(claim);
        var taken = Intersection(claim, parent);
        if (taken.IsEmpty) return (Geo.Empty, parent);
        var rest = Difference(parent, claim);
        var snapped = GeodesicSnap.Snap(parent, taken, rest);
        return (snapped.Taken, snapped.Remainder);
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
