using System.Globalization;
using Safeground.Core.Spatial;
using Safeground.Core.Hazards;
using Safeground.Core.Reports;
using Safeground.Core.Storage;
using Safeground.Core.Sync;
using Safeground.Storage.GeoPackage;

namespace Safeground.Bench;

/// <summary>
/// A field kit for bench/sync.sh: <paramref name="count"/> clearance progress reports, submitted on the kit, each a
/// small square inside the remaining land of an open hazard the national store holds (so the national side accepts
/// every one), added to a copy of the national store in one transaction; and the same reports as the push bodies
/// <c>safeground sync</c> sends (batches of 500), for curl to post beside it.
/// </summary>
internal static class SyncKit
{
    public static void Write(string kitPath, int count, string bodiesDir)
    {
        using var kit = GeoPackageStore.Open(kitPath, create: false);
        var hazards = kit.Hazards().Where(h => h.Status is HazardStatus.Open or HazardStatus.InProgress && h.Defined is null && h.RemainingM2 > 10_000).ToList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var reports = new List<Report>(count);
        for (int i = 0; i < count; i++)
        {
            var h = hazards[i % hazards.Count];
            var at = h.Remaining.InteriorPoint.Coordinate;
            double side = 0.00005 * (1 + i % 5); // 5 to 25 m
            var square = Geo.Factory.CreatePolygon([new(at.X, at.Y), new(at.X + side, at.Y), new(at.X + side, at.Y + side), new(at.X, at.Y + side), new(at.X, at.Y)]);
            var day = h.LastReportOn > today ? h.LastReportOn : today;
            reports.Add(new Report(string.Create(CultureInfo.InvariantCulture, $"KIT-{i:000000}"), h.HazardId, h.OrganisationId, null, null, day,
                new DateTimeOffset(day.ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero).AddSeconds(i % 3600), "kit.team",
                new ClearanceProgress(Polygons.Polygonal(Polygons.Intersection(square, h.Remaining)), 1, null, [])));
        }
        using (var tx = kit.BeginWrite(WriteMode.Bulk))
        {
            foreach (var r in reports) tx.AddReport(r, new ReportEvent(r.Id, ReportStatus.Submitted, r.SubmittedAt, r.SubmittedBy, null));
            tx.Commit();
        }
        Directory.CreateDirectory(bodiesDir);
        int n = 0;
        foreach (var batch in reports.Chunk(500))
        {
            using var file = File.Create(Path.Combine(bodiesDir, string.Create(CultureInfo.InvariantCulture, $"push-{n++:0000}.json")));
            System.Text.Json.JsonSerializer.Serialize(file, new PushRequest(batch), ReportJson.Options);
        }
        Console.Error.WriteLine($"sync-kit: {count} submitted reports on {hazards.Count} hazards in {kitPath}; {n} push bodies in {bodiesDir}");
    }
}
