using System.Diagnostics;
using Safeground.Core.Import;
using Safeground.Core.Lifecycle;
using Safeground.Core.Reports;
using Safeground.Formats;
using Safeground.Storage.GeoPackage;
using Safeground.Formats.GeoJson;

namespace Safeground.Bench;

/// <summary>
/// Where an import of finds spends its time, stage by stage, in one process: read; read + build
/// the finds; + serialise the report payloads; the full bulk load into a GeoPackage.
/// SG_FULL_ONLY=1 runs only the last stage.
/// </summary>
public static class ImportProfile
{
    public static void Run(string file)
    {
        var options = new ImportOptions("f", "f", "IMPORT", "me", new DateOnly(2026, 1, 1), DateTimeOffset.UtcNow, new FieldMapping());
        IEnumerable<Report> Reports() => new FindImport(options).Reports(GeoJsonFeatureReader.Read(file), new ImportSummary { Source = file });
        var sw = Stopwatch.StartNew();
        if (Environment.GetEnvironmentVariable("SG_FULL_ONLY") is null)
        {
            long features = GeoJsonFeatureReader.Read(file).LongCount();
            Console.WriteLine($"read {features}: {sw.Elapsed.TotalSeconds:0.00}s");
            sw.Restart();
            long finds = Reports().Sum(r => (long)r.Body.AllFinds.Count);
            Console.WriteLine($"read+finds {finds}: {sw.Elapsed.TotalSeconds:0.00}s");
            sw.Restart();
            long bytes = Reports().Sum(r => (long)ReportJson.SerializeToUtf8(r).Length);
            Console.WriteLine($"read+finds+json {bytes / 1e6:0}MB: {sw.Elapsed.TotalSeconds:0.00}s");
        }
        var path = Path.Combine(Path.GetTempPath(), $"sg-profile-{Guid.NewGuid():N}.gpkg");
        sw.Restart();
        var store = GeoPackageStore.Open(path);
        new BulkLoader(store, TimeProvider.System, Safeground.Core.Rules.StoredProgramme.Of(store)).Load([new("IMPORT", "Imported records", "")], [], [], [], Reports(), "me");
        var loaded = sw.Elapsed;
        store.Dispose();
        Console.WriteLine($"full: {sw.Elapsed.TotalSeconds:0.00}s (load + commit {loaded.TotalSeconds:0.00}s, close {(sw.Elapsed - loaded).TotalSeconds:0.00}s, {new FileInfo(path).Length / 1e6:0}MB)");
        File.Delete(path);
    }
}
