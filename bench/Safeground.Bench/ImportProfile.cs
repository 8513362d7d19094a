using System.Diagnostics;
using Safeground.Core.Import;
using Safeground.Core.Lifecycle;
using Safeground.Core.Reports;
using Safeground.Formats;
using Safeground.Storage.GeoPackage;

namespace Safeground.Bench;

public static class ImportProfile
{
    public static void Run(string file)
    {
        var opts = new ImportOptions("f", "f", "IMPORT", "me", new DateOnly(2026, 1, 1), DateTimeOffset.UtcNow, new FieldMapping());
        var sw = Stopwatch.StartNew();
        long n = 0;
        if (Environment.GetEnvironmentVariable("SG_FULL_ONLY") is null) {
        foreach (var f in GeoJsonFeatureReader.Read(file)) n++;
        Console.WriteLine($"read {n}: {sw.Elapsed.TotalSeconds:0.00}s");
        sw.Restart(); long r = 0;
        foreach (var rep in new FindImport(opts).Reports(GeoJsonFeatureReader.Read(file), new ImportSummary { Source = "x" })) r += rep.Body.AllFinds.Count;
        Console.WriteLine($"read+finds {r}: {sw.Elapsed.TotalSeconds:0.00}s");
        sw.Restart(); long bytes = 0;
        foreach (var rep in new FindImport(opts).Reports(GeoJsonFeatureReader.Read(file), new ImportSummary { Source = "x" })) bytes += ReportJson.SerializeToUtf8(rep).Length;
        Console.WriteLine($"read+finds+json {bytes / 1e6:0}MB: {sw.Elapsed.TotalSeconds:0.00}s");
        }
        var path = Path.GetTempFileName() + ".gpkg";
        sw.Restart();
        var store = GeoPackageStore.Open(path);
        new BulkLoader(store, TimeProvider.System).Load([new("IMPORT", "x", "")], [], [], [], new FindImport(opts).Reports(GeoJsonFeatureReader.Read(file), new ImportSummary { Source = "x" }), "me");
        var loaded = sw.Elapsed;
        store.Dispose();
        Console.WriteLine($"full: {sw.Elapsed.TotalSeconds:0.00}s (load + commit {loaded.TotalSeconds:0.00}s, close {(sw.Elapsed - loaded).TotalSeconds:0.00}s, {new FileInfo(path).Length / 1e6:0}MB)");
        File.Delete(path);
    }
}
