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
            var report = StatusReport.Compute(store, StatusGrouping.Region, day is { } e ? StatusFilter.AsOfDay(e) : StatusFilter.None);
            Console.WriteLine(FormattableString.Invariant(
                $"{label}: status --by region in {clock.Elapsed.TotalSeconds:F1} s; remaining {report.Total.RemainingM2:N0} m², land {report.Total.RemainingLandM2:N0} m², regions' counted twice {report.Groups.Sum(g => g.CountedTwiceM2):N0} m²"));
        }
    }
}
