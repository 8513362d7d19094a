using System.Diagnostics;
using Safeground.Storage.GeoPackage;

namespace Safeground.Bench;

/// <summary>Where a roll-up's time goes: each stream it reads from the store, timed on its own.</summary>
public static class RollupPhases
{
    public static void Run(string storePath)
    {
        using var store = GeoPackageStore.Open(storePath, create: false);
        Time("approved report summaries", () => store.ApprovedReportSummaries().Count());
        Time("hazards", () => store.Hazards().Count());
        Time("finds", () => store.Finds().Count());
        Time("accidents", () => store.Accidents().Count());
    }

    private static void Time(string what, Func<int> read)
    {
        var clock = Stopwatch.StartNew();
        int n = read();
        Console.WriteLine($"{what}: {n:N0} in {clock.Elapsed.TotalSeconds:F2} s");
    }
}
