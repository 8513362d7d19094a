using Safeground.Core.Projections;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Status;
using Safeground.Core.Storage;

namespace Safeground.Core.Rollups;

/// <summary>
/// The land-release roll-up of a store by region, organisation, team, deployment or month, in one
/// streaming pass over hazards, finds and accidents.
/// </summary>
/// <remarks>
/// What goes where:
/// <list type="bullet">
/// <item>By region with stored boundaries: remaining and released areas are split by region
/// (ellipsoidal m², parts add up to the whole); a hazard counts (class, status) in the region holding
/// most of its area; finds and accidents go by point in polygon. Without boundaries: by the region
/// name the hazard or find carries.</item>
/// <item>By team or deployment: a hazard and its remaining area belong to the team of the survey that
/// recorded it; released area, finds and accidents to the team of the report that released, found or recorded them.</item>
/// <item>By month: hazards and original area in the month they were recorded, releases in the month
/// of their report, finds and accidents in theirs.</item>
/// <item>By contamination type: a hazard, its remaining and released areas, its finds and accidents go to the type
/// the latest survey stated for it ("not-stated" when none did); finds and accidents outside a hazard to none.</item>
/// <item>Productivity: the m² each clearance progress report released (its release events) against
/// the deminer-days or machine-hours it declared, the effort shared among groups as its m² are.</item>
/// </list>
/// </remarks>
public static class Rollup
{
    public static StatusReport Compute(ISafegroundStore store, StatusGrouping grouping) => Compute(store, grouping, StatusFilter.None, StoredProgramme.Of(store));

    /// <summary>The roll-up of what <paramref name="filter"/> keeps, filtered while streaming (see <see cref="StatusFilter"/>).</summary>
    public static StatusReport Compute<TStore>(TStore store, StatusGrouping grouping, StatusFilter filter, ProgrammeRules rules)
        where TStore : IReportStore, IProjectionStore, IReferenceStore =>
        Compute(store, [grouping], filter, rules)[0];

    /// <summary>
    /// Several groupings of the same filter in one pass over the store: reading the streams is most of a roll-up's
    /// time (about 18 s of a national store's 20), so a dashboard's three groupings cost little more than one.
    /// </summary>
    /// <param name="rules">The rules hazards are replayed with when the filter ends before their last report (a store's: StoredProgramme.Of).</param>
    /// <typeparam name="TStore">A store's reports (summaries, the replays of an earlier day), projections and reference data: no map layers, no access.</typeparam>
    public static IReadOnlyList<StatusReport> Compute<TStore>(TStore store, IReadOnlyList<StatusGrouping> groupings, StatusFilter filter, ProgrammeRules rules)
        where TStore : IReportStore, IProjectionStore, IReferenceStore =>
        Compute(store, groupings, filter, rules, byType: false);

    /// <param name="byType">
    /// Split each group by contamination type (region × type for the treaty tables): each line is one group's figures
    /// of one type (<see cref="StatusLine.ContaminationType"/>), so a group's lines add up to its line unsplit, and all to the
    /// total. Land counted twice is left out of split lines (the land two types share belongs to neither).
    /// </param>
    public static IReadOnlyList<StatusReport> Compute<TStore>(TStore store, IReadOnlyList<StatusGrouping> groupings, StatusFilter filter, ProgrammeRules rules, bool byType)
        where TStore : IReportStore, IProjectionStore, IReferenceStore
    {
        ArgumentNullException.ThrowIfNull(groupings);
        return Compute(store, groupings.Select(g => (g, filter)).ToList(), rules, watcher: null, byType);
    }

    /// <summary>
    /// Several roll-ups in one pass, each with its own period start: a month and the twelve months up to it cost one
    /// pass. The filters must agree on region, organisation and end, so the hazards are taken as they stood on one day.
    /// </summary>
    /// <param name="watcher">Told what the first roll-up counts, hazard by hazard: for a product that draws it (a map of the period's work).</param>
    /// <param name="byType">Each group split by contamination type (see the overload above).</param>
    public static IReadOnlyList<StatusReport> Compute<TStore>(TStore store, IReadOnlyList<(StatusGrouping Grouping, StatusFilter Filter)> rollups, ProgrammeRules rules, IRollupWatcher? watcher = null, bool byType = false)
        where TStore : IReportStore, IProjectionStore, IReferenceStore
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(rollups);
        if (rollups.Count == 0) return [];
        var filter = rollups[0].Filter;
        ArgumentNullException.ThrowIfNull(filter);
        if (rollups.Any(r => r.Filter is null || r.Filter with { From = filter.From } != filter))
            throw new ArgumentException(null, nameof(rollups)); // one pass takes the hazards as they stood on one day, in one scope
        var regions = rollups.Any(r => r.Grouping == StatusGrouping.Region) ? store.Regions() : [];
        var index = regions.Count > 0 ? new RegionIndex(regions) : null;
        var teams = store.Teams();
        var builders = rollups.Select(r => new RollupBuilder(r.Grouping, teams, r.Grouping == StatusGrouping.Region ? index : null, r.Filter, byType)).ToList();
        foreach (var s in store.ApprovedReportSummaries()) foreach (var b in builders) b.AddReport(s);
        // Hazards as they stood at the period's end; the land under them measured once for every grouping.
        var land = new HazardousLand();
        foreach (var h in new HazardsAsOf(store, store, filter.AsOf, rules).States())
        {
            bool holds = filter.Holds(h);
            int shape = holds ? land.Add(h.Remaining, h.RemainingM2) : -1;
            foreach (var b in builders) b.Add(h, shape);
            if (watcher is not null) Watch(watcher, builders[0], h, holds);
        }
        foreach (var f in store.Finds()) foreach (var b in builders) b.Add(f);
        foreach (var a in store.Accidents()) foreach (var b in builders) b.Add(a);
        foreach (var i in store.Incidents()) foreach (var b in builders) b.Add(i);
        foreach (var s in store.RiskEducationSessions()) foreach (var b in builders) b.Add(s);
        return builders.Select(b => b.Finish(land)).ToList();
    }

    private static void Watch(IRollupWatcher watcher, RollupBuilder builder, HazardState h, bool holds)
    {
        if (!builder.InRegion(h)) return;
        if (holds) watcher.Hazard(h);
        foreach (var r in h.Releases) if (builder.Counts(r)) watcher.Release(h, r);
    }
}
