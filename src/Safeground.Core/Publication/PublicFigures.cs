using System.Globalization;
using Safeground.Core.Reference;
using Safeground.Core.Rollups;
using Safeground.Core.Rules;
using Safeground.Core.Status;
using Safeground.Core.Storage;

namespace Safeground.Core.Publication;

/// <summary>
/// Everything the public transparency site shows, and nothing more: the land-release figures of <c>safeground status</c>
/// (the same roll-up: whole programme, by region, by year, by contamination type), the remaining hazards and released land as simplified
/// polygons with only status, class, method, year, area and region, the finds on a coarse grid
/// (<see cref="FindGrid"/>), accidents and victims, civilian casualty incidents and risk-education sessions and the people
/// they reached as counts. No report, hazard or find ids, no names of people,
/// teams or organisations, no notes or evidence texts, no single find's, accident's, incident's or session's position.
/// </summary>
public sealed class PublicFigures
{
    /// <summary>How far a hazard's or released outline may move when simplified (degrees, about 2 m).</summary>
    public const double ShapeTolerance = 0.00002;

    /// <summary>How far a region's outline may move (degrees, about 100 m): it only frames the map.</summary>
    public const double RegionTolerance = 0.001;

    public required DateOnly AsOf { get; init; }
    public required StatusLine Total { get; init; }
    public required IReadOnlyList<StatusLine> ByRegion { get; init; }

    /// <summary>By calendar year: the month lines of the roll-up added up (each figure is a sum over months).</summary>
    public required IReadOnlyList<StatusLine> ByYear { get; init; }

    /// <summary>By contamination type as surveys stated it (land no survey typed is "not stated"), as <c>status --by type</c>.</summary>
    public required IReadOnlyList<StatusLine> ByType { get; init; }

    public required IReadOnlyList<PublicHazard> Hazards { get; init; }
    public required IReadOnlyList<PublicRelease> Releases { get; init; }
    public required IReadOnlyList<FindCell> FindCells { get; init; }

    /// <summary>Finds in cells below <see cref="FindGrid.MinimumFinds"/>: in the tables, not on the map.</summary>
    public required int FindsWithheld { get; init; }

    /// <summary>The stored regions' outlines, simplified: the map's frame.</summary>
    public required IReadOnlyList<Region> Regions { get; init; }

    /// <param name="asOf">The day the figures are published (today).</param>
    public static PublicFigures Compute(ISafegroundStore store, ProgrammeRules rules, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(store);
        var reports = Rollup.Compute(store, [StatusGrouping.None, StatusGrouping.Region, StatusGrouping.Month, StatusGrouping.ContaminationType], StatusFilter.None, rules);
        var hazards = new List<PublicHazard>();
        var releases = new List<PublicRelease>();
        foreach (var h in store.Hazards())
        {
            if (h.RemainingM2 > 0 && !h.Remaining.IsEmpty)
                hazards.Add(new PublicHazard(h.Status, h.Class, h.Region, h.RemainingM2, PublicShape.Of(h.Remaining, ShapeTolerance)));
            foreach (var r in h.Releases)
                if (r.AreaM2 > 0 && !r.Area.IsEmpty)
                    releases.Add(new PublicRelease(r.Method, r.Date.Year, h.Region, r.AreaM2, PublicShape.Of(r.Area, ShapeTolerance)));
        }
        var grid = new FindGrid();
        foreach (var f in store.Finds()) grid.Add(f);
        return new PublicFigures
        {
            AsOf = asOf,
            Total = reports[0].Total,
            ByRegion = reports[1].Groups,
            ByYear = Years(reports[2].Groups),
            ByType = reports[3].Groups,
            Hazards = hazards,
            Releases = releases,
            FindCells = grid.Published(),
            FindsWithheld = grid.Withheld,
            Regions = [.. store.Regions().Select(r => new Region(r.Name, PublicShape.Of(r.Boundary, RegionTolerance)))],
        };
    }

    /// <summary>Month lines ("2024-05") added up by year; a line without a month (none in practice) is left out.</summary>
    public static IReadOnlyList<StatusLine> Years(IEnumerable<StatusLine> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var years = new SortedDictionary<string, StatusLine>(StringComparer.Ordinal);
        foreach (var m in months)
        {
            if (m.Key.Length < 7 || !int.TryParse(m.Key.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out _)) continue;
            var year = m.Key[..4];
            if (!years.TryGetValue(year, out var y)) years[year] = y = new StatusLine(year);
            y.Hazards += m.Hazards;
            y.OriginalM2 += m.OriginalM2;
            y.CancelledM2 += m.CancelledM2;
            y.ReducedM2 += m.ReducedM2;
            y.ClearedM2 += m.ClearedM2;
            y.ReopenedM2 += m.ReopenedM2;
            y.RemainingM2 += m.RemainingM2;
            y.Finds += m.Finds;
            y.Accidents += m.Accidents;
            y.Killed += m.Killed;
            y.Injured += m.Injured;
            y.Civilians.Add(m.Civilians);
            y.RiskEducation.Add(m.RiskEducation);
        }
        return [.. years.Values];
    }
}
