using Safeground.Core.Reference;
using Safeground.Core.Storage;

namespace Safeground.Core.Status;

/// <summary>
/// Whether a filter's region is one the store knows: a region boundary, or the region a hazard carries. A mistyped region
/// otherwise gives a report of zeros that reads as "nothing happened there", the wrong answer for an authority.
/// </summary>
public static class KnownRegion
{
    /// <summary>Throws a NotFound naming close matches when nothing in <paramref name="store"/> is in <paramref name="region"/>.</summary>
    /// <remarks>Stops at the first hazard in the region; only a name that is not there reads every hazard.</remarks>
    /// <param name="location">How the error names the store (a server does not show its file path); the store's location when null.</param>
    public static void Check(ISafegroundStore store, string? region, string? location = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (region is null) return;
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var r in store.Regions())
        {
            if (Same(r.Name, region)) return;
            names.Add(r.Name);
        }
        foreach (var h in store.Hazards())
        {
            if (h.Region is null) continue;
            if (Same(h.Region, region)) return;
            names.Add(h.Region);
        }
        throw RegionNames.NotIn(names, region, location ?? store.Location);
    }

    /// <summary>As <see cref="Check"/>, for a report already made: one with anything in it names a region that is there.</summary>
    public static void CheckEmpty(ISafegroundStore store, StatusFilter filter, StatusLine total)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(total);
        if (total.Hazards > 0 || total.Finds > 0 || total.Accidents > 0) return;
        Check(store, filter.Region);
    }

    // As StatusFilter matches a region: case aside.
    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
