using NetTopologySuite.Geometries;
using Safeground.Core.Projections;
using Safeground.Core.Storage;

namespace Safeground.Core.Import;

/// <summary>
/// The hazards whose perimeter may meet an area: by their remaining land's box, and by the boxes of land already released
/// from them (a hazard's perimeter is its remaining land and its releases; a closed one has no remaining land, and its
/// perimeter still says where its accidents and releases belong).
/// </summary>
public static class HazardCandidates
{
    public static List<HazardState> Near(ISafegroundStore store, Envelope area)
    {
        ArgumentNullException.ThrowIfNull(store);
        var found = new SortedDictionary<string, HazardState>(StringComparer.Ordinal);
        foreach (var h in store.HazardsIntersecting(area)) found[h.HazardId] = h;
        foreach (var r in store.MapFeatures(FeatureLayer.Released, area))
        {
            var id = (string)r.Attributes.First(a => a.Key == "hazard_id").Value;
            if (!found.ContainsKey(id) && store.FindHazard(id) is { } h) found[id] = h;
        }
        return found.Values.Where(h => h.Original.EnvelopeInternal.Intersects(area)).ToList();
    }
}
