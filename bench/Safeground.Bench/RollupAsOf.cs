using System.Diagnostics;
using Safeground.Core.Rollups;
using Safeground.Core.Rules;
using Safeground.Core.Status;
using Safeground.Storage.GeoPackage;

namespace Safeground.Bench;

/// <summary>
/// What figures as of a day and land (the union of overlapping hazards) cost: the hazards as of each day
/// (how many replayed), the land measure over them (clusters, union), and the whole roll-up as `status --as-of` runs it.
/// </summary>
public static class RollupAsOf
{
    public static void Run(string storePath, IReadOnlyList<DateOnly> days)
    {
        using var store = GeoPackageStore.Open(storePath, create: false);
        if (Environment.GetEnvironmentVariable("ASOF_SAMPLE") is { } sample)
        {
            Sample(store, DateOnly.ParseExact(sample, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            return;
        }
        var created = store.Hazards().Select(h => h.CreatedOn).Order().ToList();
        Console.WriteLine($"hazards recorded {created[0]:yyyy-MM-dd}..{created[^1]:yyyy-MM-dd}");
        if (days.Count == 0) days = [created[created.Count / 4], created[created.Count / 2], created[created.Count * 3 / 4]];
        foreach (DateOnly? day in days.Select(d => (DateOnly?)d).Prepend(null))
        {
            string label = day is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "today";
            var clock = Stopwatch.StartNew();
            var asOf = new HazardsAsOf(store, day, ProgrammeRules.Default);
            var land = new HazardousLand();
            int n = 0;
            foreach (var h in asOf.States())
            {
                n++;
                land.Add(h.Remaining, h.RemainingM2);
            }
            double states = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var clusters = land.Clusters();
            double clustering = clock.Elapsed.TotalSeconds;
            clock.Restart();
            double twice = land.CountedTwiceM2;
            double union = clock.Elapsed.TotalSeconds;
            Console.WriteLine(FormattableString.Invariant(
                $"{label}: {n:N0} hazards ({asOf.Replayed:N0} replayed) in {states:F1} s; land: {land.Count:N0} remaining polygons, {clusters.Count:N0} clusters ({clusters.Sum(c => c.Members.Count):N0} polygons) in {clustering:F2} s, unions {union:F1} s; records {land.RecordsM2:N0} m², land {land.LandM2:N0} m², counted twice {twice:N0} m²"));
            clock.Restart();
            var report = StatusReport.Compute(store, StatusGrouping.Region, day is { } e ? StatusFilter.AsOfDay(e) : StatusFilter.None, Safeground.Core.Rules.StoredProgramme.Of(store));
            Console.WriteLine(FormattableString.Invariant(
                $"{label}: status --by region in {clock.Elapsed.TotalSeconds:F1} s; remaining {report.Total.RemainingM2:N0} m², land {report.Total.RemainingLandM2:N0} m², regions' counted twice {report.Groups.Sum(g => g.CountedTwiceM2):N0} m²"));
        }
    }

    // Where a replay's time goes, on the first 300 hazards that need one: reading their reports, replaying them.
    private static void Sample(GeoPackageStore store, DateOnly day)
    {
        var ids = store.Hazards().Where(h => h.CreatedOn <= day && h.LastReportOn > day).Select(h => h.HazardId).ToList();
        Console.WriteLine($"{ids.Count:N0} hazards need a replay on {day:yyyy-MM-dd}");
        var read = new Stopwatch();
        var replay = new Stopwatch();
        int reports = 0;
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var id in ids.Take(300))
        {
            read.Start();
            var list = store.ReportsOfHazard(id, Safeground.Core.Reports.ReportStatus.Approved).Select(r => r.Report).Where(r => r.DateOfInformation <= day).ToList();
            read.Stop();
            reports += list.Count;
            replay.Start();
            Safeground.Core.Projections.HazardProjector.Replay(id, list, ProgrammeRules.Default);
            replay.Stop();
        }
        Console.WriteLine(FormattableString.Invariant($"300 hazards, {reports} reports: read {read.Elapsed.TotalSeconds:F2} s, replay {replay.Elapsed.TotalSeconds:F2} s, cpu {(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2} s"));
    }
}
