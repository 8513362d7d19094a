using Safeground.Core.Rollups;
using Safeground.Core.Storage;

namespace Safeground.Core.Status;

/// <summary>
/// Where is it still dangerous, and how fast is it getting safe: hazards by class and status, area
/// cancelled, reduced, cleared and remaining, finds by category, accidents and victims, clearance productivity.
/// </summary>
public sealed class StatusReport
{
    public required StatusGrouping Grouping { get; init; }
    public required StatusLine Total { get; init; }
    public required IReadOnlyList<StatusLine> Groups { get; init; }

    /// <summary>Grouped by region boundary polygons (stored regions), not by the region name hazards carry.</summary>
    public bool ByBoundary { get; init; }

    /// <summary>What was asked for: <see cref="StatusFilter.None"/> for the whole store.</summary>
    public StatusFilter Filter { get; init; } = StatusFilter.None;

    public static StatusReport Compute(ISafegroundStore store, StatusGrouping grouping) => Rollup.Compute(store, grouping, StatusFilter.None, Rules.StoredProgramme.Of(store));

    /// <summary>The roll-up of the part of the store <paramref name="filter"/> keeps (see <see cref="StatusFilter"/> for what each restriction means).</summary>
    /// <param name="rules">The rules hazards are replayed with when the filter's end comes before their last report (the store's: StoredProgramme.Of).</param>
    public static StatusReport Compute(ISafegroundStore store, StatusGrouping grouping, StatusFilter filter, Rules.ProgrammeRules rules) => Rollup.Compute(store, grouping, filter, rules);

    /// <summary>The same roll-up with each group split by contamination type: lines of one group and one type (see <see cref="StatusLine.ContaminationType"/>) that add up to the group's figures.</summary>
    public static StatusReport Compute(ISafegroundStore store, StatusGrouping grouping, StatusFilter filter, Rules.ProgrammeRules rules, bool byContaminationType) =>
        Rollup.Compute(store, [grouping], filter, rules, byContaminationType)[0];
}
