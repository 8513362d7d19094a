using NetTopologySuite.Geometries.Prepared;
using Safeground.Core.Projections;
using Safeground.Core.Reference;

namespace Safeground.Core.Kits;

/// <summary>
/// Which hazards belong to a kit's region. A hazard that carries the name of a stored region belongs to
/// that region, as <c>status --region</c> counts it. One that carries none (imported without one, or
/// with a map sheet's name) belongs where its polygon lies: the region covering a point inside its
/// original polygon, so that kits of neighbouring regions never both take it.
/// </summary>
public sealed class KitArea
{
    private readonly HashSet<string> _known;
    private readonly IPreparedGeometry _boundary;

    public KitArea(Region region, IEnumerable<Region> stored)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(stored);
        Region = region;
        _known = new HashSet<string>(stored.Select(r => r.Name), StringComparer.OrdinalIgnoreCase);
        _boundary = PreparedGeometryFactory.Prepare(region.Boundary);
    }

    public Region Region { get; }

    public bool Holds(HazardState hazard)
    {
        ArgumentNullException.ThrowIfNull(hazard);
        if (hazard.Region is { } name && _known.Contains(name))
            return string.Equals(name, Region.Name, StringComparison.OrdinalIgnoreCase);
        return !hazard.Original.IsEmpty && _boundary.Covers(hazard.Original.InteriorPoint);
    }
}
