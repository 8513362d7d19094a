using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Quadtree;
using Safeground.Core.Spatial;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Safeground.Core.Import;

/// <summary>
/// Finds, as features stream in, the kept hazards that are the same land as an earlier one by the measure of the
/// hazard-duplicate rule (shared land ≥ <paramref name="share"/> of the smaller). A quadtree of the kept polygons'
/// boxes gives the candidates, a prepared polygon rules out those that do not meet, and only the rest have their
/// ellipsoidal intersection measured.
/// </summary>
internal sealed class NearDuplicateFinder(double share)
{
    private readonly Quadtree<Kept> _kept = new();

    /// <summary>The earlier hazards this one duplicates, then keeps it for the next.</summary>
    public IReadOnlyList<NearDuplicate> Add(string hazardId, string where, NtsGeometry polygon, double areaM2)
    {
        var found = new List<NearDuplicate>();
        var envelope = polygon.EnvelopeInternal;
        IPreparedGeometry? prepared = null;
        foreach (var other in _kept.Query(envelope))
        {
            if (!other.Polygon.EnvelopeInternal.Intersects(envelope)) continue;
            double smaller = Math.Min(areaM2, other.AreaM2);
            if (smaller <= 0) continue;
            prepared ??= PreparedGeometryFactory.Prepare(polygon);
            if (!prepared.Intersects(other.Polygon)) continue;
            double common = Polygons.AreaM2(Polygons.Intersection(polygon, other.Polygon));
            if (common / smaller >= share) found.Add(new NearDuplicate(hazardId, where, other.HazardId, other.Where, common, common / smaller));
        }
        _kept.Insert(envelope, new Kept(hazardId, where, polygon, areaM2));
        return found;
    }

    private sealed record Kept(string HazardId, string Where, NtsGeometry Polygon, double AreaM2);
}
