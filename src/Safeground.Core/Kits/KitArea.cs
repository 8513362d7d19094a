using Safeground.Core.Projections;
using Safeground.Core.Reference;
using Safeground.Core.Rollups;

namespace Safeground.Core.Kits;

/// <summary>
/// Which hazards belong to a kit's region. A hazard that carries the name of a stored region belongs to
/// that region, as <c>status --region</c> counts it. One that carries none (imported without one, or
/// with a map sheet's name) belongs where <c>status --by region</c> counts it (<see cref="RegionIndex.Home"/>):
/// the kits of all regions then share out the hazards as that roll-up does, none taken twice.
/// </summary>
public sealed class KitArea
{
    private readonly HashSet<string> _known;
    private readonly Lazy<(RegionIndex Index, int Self)> _index;

    public KitArea(Region region, IEnumerable<Region> stored)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(stored);
        Region = region;
        _known = new HashSet<string>(stored.Select(r => r.Name), StringComparer.OrdinalIgnoreCase);
        var all = stored.ToList();
        // Built only when a hazard without a region name turns up: splitting by boundary costs overlays.
        _index = new(() =>
        {
            var index = new RegionIndex(all);
            int self = index.Regions.ToList().FindIndex(r => r.Name == region.Name);
            return (index, self);
        });
    }

    public Region Region { get; }

    public bool Holds(HazardState hazard)
    {
        ArgumentNullException.ThrowIfNull(hazard);
        if (hazard.Region is { } name && _known.Contains(name))
            return string.Equals(name, Region.Name, StringComparison.OrdinalIgnoreCase);
        var (index, self) = _index.Value;
        return self >= 0 && index.Home(hazard) == self;
    }
}
