using Safeground.Core.Projections;
using Safeground.Core.Reference;
using Safeground.Core.Storage;

namespace Safeground.Core.Rollups;

/// <summary>The remaining (still hazardous) area of one hazard and its parts by region.</summary>
/// <param name="ByRegion">Region name (or <see cref="RegionIndex.Outside"/>) and m²; the parts add up to <see cref="RemainingM2"/>.</param>
public sealed record HazardRemainingArea(string HazardId, double RemainingM2, IReadOnlyList<(string Region, double M2)> ByRegion);

/// <summary>Remaining area per hazard and per region, ellipsoidal m².</summary>
public sealed record RemainingAreaResult(
    IReadOnlyList<HazardRemainingArea> Hazards,
    IReadOnlyDictionary<string, double> ByRegion,
    double TotalM2);

/// <summary>
/// How much land is still hazardous, per hazard and per administrative region: each hazard's remaining
/// polygon split by the region boundaries (areas on the WGS84 ellipsoid). The same question a PostGIS
/// store answers with ST_Area(ST_Intersection(remaining, region)::geography); benchmarks time the two.
/// </summary>
public static class RemainingArea
{
    /// <summary>Reads the hazards and the regions only (<see cref="IProjectionStore"/>, <see cref="IReferenceStore"/>).</summary>
    public static RemainingAreaResult Compute<TStore>(TStore store) where TStore : IProjectionStore, IReferenceStore
    {
        ArgumentNullException.ThrowIfNull(store);
        return Compute(store.Hazards(), store.Regions());
    }

    public static RemainingAreaResult Compute(IEnumerable<HazardState> hazards, IReadOnlyList<Region> regions)
    {
        ArgumentNullException.ThrowIfNull(hazards);
        var index = new RegionIndex(regions);
        var perHazard = new List<HazardRemainingArea>();
        var byRegion = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var r in index.Regions) byRegion[r.Name] = 0;
        var pieces = new List<(int Region, double M2)>();
        double total = 0;
        foreach (var h in hazards)
        {
            total += h.RemainingM2;
            index.Split(h.Remaining, h.RemainingM2, pieces);
            var parts = new List<(string, double)>(pieces.Count);
            foreach (var (region, m2) in pieces)
            {
                string name = index.NameOf(region);
                parts.Add((name, m2));
                byRegion[name] = byRegion.GetValueOrDefault(name) + m2;
            }
            perHazard.Add(new HazardRemainingArea(h.HazardId, h.RemainingM2, parts));
        }
        return new RemainingAreaResult(perHazard, byRegion, total);
    }
}
