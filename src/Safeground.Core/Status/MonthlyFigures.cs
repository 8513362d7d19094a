using System.Globalization;
using Safeground.Core.Projections;
using Safeground.Core.Rollups;
using Safeground.Core.Rules;
using Safeground.Core.Storage;

namespace Safeground.Core.Status;

/// <summary>
/// The figures of one month's operations report, for the whole programme, a region or an organisation: what
/// <c>safeground status --from FIRST --to LAST</c> gives for the same scope (released by method in the month,
/// remaining at its end, EO by category, accidents), the same by team (productivity), the twelve months up to it
/// (the release trend), and the polygons the month's figures sum (for the map). One pass over the store.
/// </summary>
public sealed class MonthlyFigures
{
    /// <summary>How many months the trend shows, this one the last.</summary>
    public const int TrendMonths = 12;

    /// <summary>The first day of the month.</summary>
    public required DateOnly First { get; init; }

    /// <summary>The last day of the month: the remaining figures stand at its end.</summary>
    public required DateOnly Last { get; init; }

    /// <summary>The month's scope: region, organisation, first..last. <c>status</c> with this filter gives <see cref="Month"/>.</summary>
    public required StatusFilter Filter { get; init; }

    /// <summary>The month's figures, ungrouped (StatusReport.Compute with <see cref="Filter"/>).</summary>
    public required StatusReport Month { get; init; }

    /// <summary>The month's figures by team (productivity, release and finds per team).</summary>
    public required StatusReport Teams { get; init; }

    /// <summary>The month's figures by organisation (risk-education sessions and whom they reached, per organisation).</summary>
    public required StatusReport Organisations { get; init; }

    /// <summary>The <see cref="TrendMonths"/> months up to this one, by month (a key "yyyy-MM" per month, missing months filled with empty lines).</summary>
    public required IReadOnlyList<StatusLine> Trend { get; init; }

    /// <summary>The releases the month's figures count, with their polygons.</summary>
    public required IReadOnlyList<ReleaseEvent> Released { get; init; }

    /// <summary>What remained at the month's end of the hazards worked in it (released from in the month), counted in the figures.</summary>
    public required IReadOnlyList<HazardState> Worked { get; init; }

    /// <summary>Nothing was released, found or recorded in the month, and no clearance effort was declared (risk education and civilian incidents have sections of their own).</summary>
    public bool NoWork
    {
        get
        {
            var t = Month.Total;
            return t.ReleasedM2 <= 0 && t.Finds == 0 && t.Accidents == 0 && t.Productivity.Values.All(p => p.Effort <= 0);
        }
    }

    /// <summary>The month's figures of <paramref name="store"/> for a scope (null region/organisation: the whole programme).</summary>
    public static MonthlyFigures Compute(ISafegroundStore store, int year, int month, string? region, string? organisation, ProgrammeRules rules)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var filter = new StatusFilter(region, organisation, first, last);
        var trendStart = first.AddMonths(1 - TrendMonths);
        var watcher = new Watcher();
        var reports = Rollup.Compute(store,
            [(StatusGrouping.None, filter), (StatusGrouping.Team, filter), (StatusGrouping.Month, filter with { From = trendStart }), (StatusGrouping.Organisation, filter)],
            rules, watcher);
        var byMonth = reports[2].Groups.ToDictionary(g => g.Key, StringComparer.Ordinal);
        var trend = Enumerable.Range(0, TrendMonths)
            .Select(i => trendStart.AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .Select(key => byMonth.GetValueOrDefault(key) ?? new StatusLine(key))
            .ToList();
        var worked = watcher.Released.Select(r => r.HazardId).ToHashSet(StringComparer.Ordinal);
        return new MonthlyFigures
        {
            First = first,
            Last = last,
            Filter = filter,
            Month = reports[0],
            Teams = reports[1],
            Organisations = reports[3],
            Trend = trend,
            Released = watcher.Released,
            Worked = watcher.Hazards.Where(h => worked.Contains(h.HazardId) && h.RemainingM2 > 0).ToList(),
        };
    }

    // Keeps the releases counted and the counted hazards that have one in the month (never every hazard of a national store).
    private sealed class Watcher : IRollupWatcher
    {
        public List<ReleaseEvent> Released { get; } = [];
        public List<HazardState> Hazards { get; } = [];
        private HazardState? _counted;

        public void Hazard(HazardState hazard) => _counted = hazard;

        public void Release(HazardState hazard, ReleaseEvent release)
        {
            Released.Add(release);
            if (ReferenceEquals(_counted, hazard) && (Hazards.Count == 0 || !ReferenceEquals(Hazards[^1], hazard))) Hazards.Add(hazard);
        }
    }
}
