using Safeground.Core.Spatial;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Safeground.Core.Rollups;

/// <summary>
/// Remaining polygons of <see cref="HazardousLand"/> whose bounding boxes chain together: the only places where
/// land can lie under two records. Its union is measured once, when first asked.
/// </summary>
public sealed class LandCluster
{
    private readonly HazardousLand _land;
    private NtsGeometry? _union;
    private double? _twice;

    internal LandCluster(HazardousLand land, IReadOnlyList<int> members)
    {
        _land = land;
        Members = members;
    }

    /// <summary>Indexes of the polygons (as <see cref="HazardousLand.Add"/> returned them).</summary>
    public IReadOnlyList<int> Members { get; }

    public NtsGeometry Union => _union ??= _land.Union(Members);

    /// <summary>Σ records − area of the union (m²; round-off counts as 0).</summary>
    public double CountedTwiceM2
    {
        get
        {
            if (_twice is { } known) return known;
            double records = Members.Sum(_land.AreaM2);
            double twice = records - Polygons.AreaM2(Union);
            _twice = twice < HazardousLand.RoundOffM2 ? 0 : twice;
            return _twice.Value;
        }
    }
}
