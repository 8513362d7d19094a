using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Safeground.Core.Spatial;
using Safeground.Core.Rollups;
using Safeground.Storage.GeoPackage;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Safeground.Bench;

/// <summary>
/// Remaining hazardous area per hazard and per region, two ways, timed, with CSVs for the comparison
/// with PostGIS (bench/rollup-postgis.sh):
/// "stored": the roll-up as `status --by region` does it, from the stored projections (each hazard's
/// remaining polygon split by the region boundaries);
/// "recomputed": what the PostGIS query does: each hazard's recorded perimeter minus the union of its
/// released areas (plain overlay, as ST_Difference), then the same region split.
/// Both times include reading the GeoPackage; PostGIS's exclude loading its tables.
/// </summary>
public static class RollupBench
{
    public static void Run(string storePath, string outDir)
    {
        Directory.CreateDirectory(outDir);
        using var store = GeoPackageStore.Open(storePath, create: false);
        var timings = new Dictionary<string, double>();

        var sw = Stopwatch.StartNew();
        var stored = RemainingArea.Compute(store);
        timings["stored"] = sw.Elapsed.TotalSeconds;
        Write(outDir, "stored", stored.Hazards.Select(h => (h.HazardId, h.RemainingM2)), stored.ByRegion);
        Console.WriteLine($"stored: {stored.Hazards.Count} hazards, {stored.ByRegion.Count} regions, {timings["stored"]:0.00} s");

        sw.Restart();
        var regions = store.Regions();
        var index = new RegionIndex(regions);
        var perHazard = new List<(string, double)>();
        var byRegion = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var r in index.Regions) byRegion[r.Name] = 0;
        var pieces = new List<(int Region, double M2)>();
        foreach (var h in store.Hazards())
        {
            NtsGeometry remaining = Polygons.Polygonal(h.Original);
            if (h.Releases.Count > 0)
            {
                var released = Geo.Factory.BuildGeometry(h.Releases.Select(r => r.Area).ToList()).Union();
                remaining = Polygons.Difference(remaining, released);
            }
            double m2 = remaining.IsEmpty ? 0 : Polygons.AreaM2(remaining);
            perHazard.Add((h.HazardId, m2));
            index.Split(remaining, m2, pieces);
            foreach (var (region, part) in pieces)
            {
                var name = index.NameOf(region);
                byRegion[name] = byRegion.GetValueOrDefault(name) + part;
            }
        }
        timings["recomputed"] = sw.Elapsed.TotalSeconds;
        Write(outDir, "recomputed", perHazard, byRegion);
        Console.WriteLine($"recomputed: {perHazard.Count} hazards, {timings["recomputed"]:0.00} s");
        File.WriteAllText(Path.Combine(outDir, "timings.json"), JsonSerializer.Serialize(timings));
    }

    private static void Write(string dir, string name, IEnumerable<(string Id, double M2)> hazards, IReadOnlyDictionary<string, double> regions)
    {
        File.WriteAllLines(Path.Combine(dir, $"{name}-hazards.csv"), hazards.Select(h => Csv(h.Id, h.M2)));
        // Only named regions: PostGIS has no "(outside regions)" group.
        File.WriteAllLines(Path.Combine(dir, $"{name}-regions.csv"),
            regions.Where(r => r.Key != RegionIndex.Outside).Select(r => Csv(r.Key, r.Value)));
    }

    private static string Csv(string key, double m2) =>
        "\"" + key.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"," + m2.ToString("R", CultureInfo.InvariantCulture);
}
