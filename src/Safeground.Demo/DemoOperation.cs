using Safeground.Core.Reference;
using Safeground.Core.Reports;

namespace Safeground.Demo;

/// <summary>
/// Generates demo data: a realistic 120-day operation in Kharkiv oblast to show an authority, or a
/// national-scale stream to load-test with. Deterministic: the same seed and start give byte-identical
/// reports, and nothing reads the clock.
/// </summary>
public static class DemoOperation
{
    /// <summary>The default start: the first Monday of March 2026, when the season's rotations begin.</summary>
    public static DateOnly DefaultStart { get; } = new(2026, 3, 2);

    /// <summary>The seed used when none is given: the same demo for everyone.</summary>
    public const int DefaultSeed = 20261126;

    /// <summary>How many hazards a scale generates (for progress bars).</summary>
    public static int HazardCount(DemoScale scale) => scale switch
    {
        DemoScale.National => NationalPlanner.HazardCount + NationalPlanner.Planted.Count,
        DemoScale.NationalCorner => NationalPlanner.HazardCount / 100,
        _ => OperationPlanner.HazardCount,
    };

    /// <param name="start">The operation's first day; at national scale the rotation that starts then ends the three years of data.</param>
    public static DemoData Generate(DemoScale scale, int seed = DefaultSeed, DateOnly? start = null)
    {
        var day0 = start ?? DefaultStart;
        return scale switch
        {
            DemoScale.Operation => Operation(seed, day0),
            DemoScale.National => National(seed, day0.AddDays(-365 * DemoSettings.NationalYearsBefore), corner: false),
            DemoScale.NationalCorner => National(seed, day0.AddDays(-365 * DemoSettings.NationalYearsBefore), corner: true),
            _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, null),
        };
    }

    private static DemoData Operation(int seed, DateOnly day0)
    {
        var roster = DemoRoster.Operation(day0);
        // The plan is small (300 hazards) but needs every hazard to schedule the teams: make it once, on first use.
        var plans = new Lazy<List<HazardPlan>>(() => OperationPlanner.Plan(seed, day0, roster));
        return new DemoData(roster.Organisations, roster.Teams, roster.Deployments,
            OperationHazards(seed, day0, roster, plans), OperationOthers(seed, day0, roster, plans))
        {
            RegionSource = () => DemoDistricts.Operation(seed),
        };
    }

    private static IEnumerable<IReadOnlyList<Report>> OperationHazards(int seed, DateOnly day0, DemoRoster roster, Lazy<List<HazardPlan>> plans)
    {
        var stamper = new ReportStamper(seed, day0, roster, 1);
        var quality = new ReportStamper(seed, day0, roster, 800_001);
        var incidents = new ReportStamper(seed, day0, roster, OperationIncidents.FirstNumber);
        int lastDay = DemoSettings.Operation.Days - 1, taken = 0;
        foreach (var plan in plans.Value)
        {
            var reports = HazardWriter.Write(seed, plan, stamper, incidents);
            if (DemoQuality.Takes(plan, lastDay) && DemoQuality.Write(plan, taken++, quality, lastDay) is { Count: > 0 } added)
            {
                reports.AddRange(added);
                reports.Sort(ReplayOrder.Instance);
            }
            yield return reports;
        }
    }

    private static IEnumerable<Report> OperationOthers(int seed, DateOnly day0, DemoRoster roster, Lazy<List<HazardPlan>> plans)
    {
        var places = DemoGazetteer.KharkivBorder;
        var grid = OperationPlanner.Grid;
        var ses = roster.Teams.Where(t => t.OrganisationId.StartsWith("ORG-SES", StringComparison.Ordinal) && t.Asset == AssetKind.Manual).ToList();
        (double, double, string, Team) Locate(Random rng)
        {
            int p = rng.Next(places.Count);
            var (column, row) = grid.CellOf(places[p].Lon + rng.Uniform(-0.08, 0.08), places[p].Lat + rng.Uniform(-0.05, 0.05));
            var (lon, lat) = grid.Corner(column, row);
            // The state service answers most call-outs; NGOs take those in their own hromadas.
            var team = rng.Chance(0.7) ? rng.Pick(ses) : rng.Pick(roster.TeamsByArea[p]);
            return (lon, lat, places[p].Hromada, team);
        }
        // A new stamper on every enumeration, so ids restart and a second pass is identical.
        foreach (var r in OtherReportsWriter.Write(seed, DemoSettings.Operation.Days, 0.6, 0, [47], new ReportStamper(seed, day0, roster, 900_001), Locate))
            yield return r;
        var sketches = plans.Value.Select(p => p.Sketch).ToList();
        foreach (var r in DemoRiskEducation.Write(seed, DemoSettings.Operation.Days, roster, sketches, new ReportStamper(seed, day0, roster, 950_001)))
            yield return r;
    }

    private static DemoData National(int seed, DateOnly day0, bool corner)
    {
        var s = DemoSettings.National;
        var roster = DemoRoster.National(day0, s.Days, seed);
        return new DemoData(roster.Organisations, roster.Teams, roster.Deployments, NationalHazards(seed, day0, roster, corner),
            corner ? [] : NationalOthers(seed, day0, roster))
        {
            RegionSource = DemoDistricts.National,
        };
    }

    private static IEnumerable<IReadOnlyList<Report>> NationalHazards(int seed, DateOnly day0, DemoRoster roster, bool corner)
    {
        var planner = new NationalPlanner(seed, day0, roster);
        var stamper = new ReportStamper(seed, day0, roster, 1);
        for (int i = 0; i < NationalPlanner.HazardCount; i++)
        {
            // The corner skips the rest unplanned: its teams' calendars hold only its own hazards.
            if (corner && !NationalPlanner.InCorner(planner.CentreOf(i))) continue;
            var plan = planner.Plan(i);
            yield return HazardWriter.Write(seed, plan, stamper);
            foreach (var twin in planner.PlantedAfter(i, plan)) yield return HazardWriter.Write(seed, twin, stamper);
        }
    }

    private static IEnumerable<Report> NationalOthers(int seed, DateOnly day0, DemoRoster roster)
    {
        var planner = new NationalPlanner(seed, day0, roster);
        var oblasts = DemoGazetteer.Oblasts;
        var weights = oblasts.Select(o => o.Weight).ToArray();
        (double, double, string, Team) Locate(Random rng)
        {
            int o = rng.Weighted(weights);
            // A corner of one of the oblast's own cells: where oblast boxes overlap, another oblast's hazards lie.
            var grid = planner.GridOf(o);
            var cells = planner.CellsOf(o);
            int cell = cells[rng.Next(cells.Count)];
            var (lon, lat) = grid.Corner(cell % grid.Columns, cell / grid.Columns);
            var teams = roster.TeamsByArea[o];
            var team = rng.Chance(0.7) ? teams[rng.Next(Math.Min(10, teams.Count))] : rng.Pick(teams); // the oblast's state unit first
            return (lon, lat, DemoGazetteer.RaionOf(oblasts[o], lon, lat), team);
        }
        foreach (var r in OtherReportsWriter.Write(seed, DemoSettings.National.Days, 18, 0.15, [], new ReportStamper(seed, day0, roster, 9_000_001), Locate))
            yield return r;
    }
}
