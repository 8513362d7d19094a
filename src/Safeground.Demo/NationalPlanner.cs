using System.Globalization;
using NetTopologySuite.Algorithm.Locate;
using Safeground.Core.Reference;

namespace Safeground.Demo;

/// <summary>
/// Plans national-scale hazard number i from i alone, so the sequence streams with nothing kept
/// between hazards: the oblast comes from i's range, the cell from a stride permutation of the
/// oblast's grid (one hazard per cell, scattered rather than in rows), and everything else from i's
/// own random streams. Only the teams' calendars carry over from hazard to hazard: plans are made in order.
/// </summary>
internal sealed class NationalPlanner
{
    public const int HazardCount = 110_000;
    private const double CellLon = 0.012, CellLat = 0.0075; // about 0.85 × 0.83 km

    private readonly int _seed;
    private readonly DateOnly _day0;
    private readonly DemoRoster _roster;
    private readonly DemoSettings _s = DemoSettings.National;
    private readonly (DemoGrid Grid, int First, int Count, long Stride, int[] Cells)[] _oblasts;
    // Each team's calendar (days booked, [from, to)): a team works one hazard at a time. Plans are therefore made
    // in order of i, once per enumeration (a new planner each time).
    private readonly Dictionary<string, List<(int From, int To)>> _busy = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _busyDays = new(StringComparer.Ordinal);

    public NationalPlanner(int seed, DateOnly day0, DemoRoster roster)
    {
        _seed = seed;
        _day0 = day0;
        _roster = roster;
        var oblasts = DemoGazetteer.Oblasts;
        double total = oblasts.Sum(o => o.Weight), cumulative = 0;
        _oblasts = new (DemoGrid, int, int, long, int[])[oblasts.Count];
        int first = 0;
        for (int o = 0; o < oblasts.Count; o++)
        {
            cumulative += oblasts[o].Weight;
            int upTo = o == oblasts.Count - 1 ? HazardCount : (int)Math.Round(HazardCount * cumulative / total);
            var b = oblasts[o];
            var grid = GridFor(b);
            var cells = FreeCells(grid, o);
            if (cells.Length < upTo - first) throw new InvalidOperationException($"{b.Name}: grid too small");
            _oblasts[o] = (grid, first, upTo - first, Stride(cells.Length), cells);
            first = upTo;
        }
    }

    public DemoGrid GridOf(int oblast) => _oblasts[oblast].Grid;

    /// <summary>The cells of an oblast's grid that hold its hazards and call-outs: those clear of every earlier oblast's grid.</summary>
    public IReadOnlyList<int> CellsOf(int oblast) => _oblasts[oblast].Cells;

    /// <summary>
    /// The cells of oblast <paramref name="o"/>'s grid wholly outside the grids of the oblasts listed before it. The oblast
    /// boxes overlap (Kharkiv and Donetsk, Donetsk and Luhansk) and their grids are not aligned, so a hazard in the
    /// overlap would lie over another oblast's hazard: there the oblast listed first keeps the land, as in
    /// <see cref="DemoDistricts.National"/>.
    /// </summary>
    private static int[] FreeCells(DemoGrid grid, int o)
    {
        var earlier = Enumerable.Range(0, o).Select(e => GridFor(DemoGazetteer.Oblasts[e])).ToList();
        var free = new List<int>(grid.Count);
        for (int cell = 0; cell < grid.Count; cell++)
        {
            int column = cell % grid.Columns, row = cell / grid.Columns;
            var (lon0, lat0) = grid.Corner(column, row);
            var (lon1, lat1) = grid.Corner(column + 1, row + 1);
            if (!earlier.Any(g => Overlaps(g, lon0, lat0, lon1, lat1))) free.Add(cell);
        }
        return free.ToArray();
    }

    private static bool Overlaps(DemoGrid g, double lon0, double lat0, double lon1, double lat1)
    {
        var (gx0, gy0) = g.Corner(0, 0);
        var (gx1, gy1) = g.Corner(g.Columns, g.Rows);
        return lon0 < gx1 && gx0 < lon1 && lat0 < gy1 && gy0 < lat1;
    }

    /// <summary>The cell grid of an oblast: one hazard per cell.</summary>
    public static DemoGrid GridFor(DemoOblast oblast) => DemoGrid.Over(oblast.LonMin, oblast.LonMax, oblast.LatMin, oblast.LatMax, CellLon, CellLat);

    /// <summary>The region a hazard at (lon, lat) of <paramref name="oblast"/> carries, and the name of its district polygon.</summary>
    public static string RegionName(DemoOblast oblast, double lon, double lat) => $"{oblast.Name} oblast, {DemoGazetteer.RaionOf(oblast, lon, lat)} raion";

    /// <summary>The oblast of hazard i, its number in the oblast and its cell.</summary>
    private (int Oblast, int K, int Column, int Row) Seat(int i)
    {
        int o = 0;
        while (i >= _oblasts[o].First + _oblasts[o].Count) o++;
        var (grid, first, _, stride, cells) = _oblasts[o];
        int k = i - first;
        int cell = cells[(int)((k * stride + 7) % cells.Length)];
        return (o, k, cell % grid.Columns, cell / grid.Columns);
    }

    /// <summary>The centre of hazard i's cell, without planning it.</summary>
    public (double Lon, double Lat) CentreOf(int i)
    {
        var (o, _, column, row) = Seat(i);
        return _oblasts[o].Grid.Centre(column, row);
    }

    /// <summary>Whether a cell centre lies in <see cref="DemoScale.NationalCorner"/>: where Kharkiv, Donetsk and Luhansk oblasts meet.</summary>
    public static bool InCorner((double Lon, double Lat) centre) => centre.Lon is >= 37.85 and < 38.65 && centre.Lat is >= 48.95 and < 49.25;

    public HazardPlan Plan(int i)
    {
        var (o, k, column, row) = Seat(i);
        var grid = _oblasts[o].Grid;
        var oblast = DemoGazetteer.Oblasts[o];
        var (lon, lat) = grid.Centre(column, row);
        var rng = DemoRandom.For(_seed, 2, i);
        string raion = DemoGazetteer.RaionOf(oblast, lon, lat);
        var teams = _roster.TeamsByArea[o];
        var surveyor = rng.Pick(teams);
        string feature = rng.Pick(DemoGazetteer.Features);
        string name = string.Create(CultureInfo.InvariantCulture, $"{char.ToUpperInvariant(feature[0])}{feature[1..]} {column:D3}-{row:D3}");
        string id = string.Create(CultureInfo.InvariantCulture, $"HA-{oblast.Code}-{k + 1:D6}");
        int createDay = rng.Next(0, _s.Days - 60);
        var h = HazardSketcher.Sketch(_seed, _s, i, id, name, RegionName(oblast, lon, lat), surveyor, lon, lat, grid.MaxRadiusM, createDay);

        ClearancePlan? clearance = null;
        _lastCleared = !h.CancelledWhole && h.TaskM2 >= 100 && rng.Chance(0.5);
        if (_lastCleared)
        {
            // Rng draws as before (team, delay), so hazards keep their streams; the team is then the oblast's
            // free team of the right kind, and it starts when it is free: a team works one hazard at a time.
            var drawn = rng.Pick(teams);
            int start = h.ReadyDay + rng.Next(0, 90);
            var team = LeastBusy(teams, h.TaskM2) ?? drawn;
            if (!_busy.TryGetValue(team.Id, out var calendar)) _busy[team.Id] = calendar = [];
            // The first gap in the team's calendar the clearance fits in, from the day it could start.
            while (start < _s.Days - 3)
            {
                var plan = ClearanceScheduler.Plan(DemoRandom.For(_seed, 4, i), h, team, start, _s.Days - 1, _day0, _s, _roster.RotationDays);
                int from = start, to = plan.FreeDay;
                int clash = calendar.FindIndex(b => b.From < to && from < b.To);
                if (clash < 0)
                {
                    calendar.Add((from, to));
                    _busyDays[team.Id] = _busyDays.GetValueOrDefault(team.Id) + (to - from);
                    clearance = plan;
                    break;
                }
                start = calendar[clash].To;
            }
        }
        return new HazardPlan(h, clearance, Accidents(rng, h, clearance, raion));
    }

    /// <summary>
    /// The mistakes the national demo makes on purpose (docs/user-guide.md lists them), in the corner so that
    /// <see cref="DemoScale.NationalCorner"/> has them too: the first hazard there drawn as one field no team clears,
    /// with no cancellation or survey, is recorded a second time by another team (hazard-duplicate); the next such
    /// hazard again, drawn 40 m east of where it is (hazard-overlap); and beside the third, a point digitised as a
    /// 0.5 m square (geometry-degenerate). Each is a hazard of its own, written right after the one it copies, under
    /// its oblast's next free number. Which hazards these are depends on their own random streams only, not on the
    /// teams' calendars, so the corner and the whole country plant the same ones.
    /// </summary>
    public static IReadOnlyList<DemoPlant> Planted { get; } = [DemoPlant.SurveyedTwice, DemoPlant.RedrawnBeside, DemoPlant.PointAsArea];

    private bool _lastCleared;
    private int _planted;
    private readonly Dictionary<int, int> _extraNumbers = [];

    /// <summary>The planted hazards that follow hazard i (planned just before as <paramref name="plan"/>): none for most.</summary>
    public IEnumerable<HazardPlan> PlantedAfter(int i, HazardPlan plan)
    {
        var h = plan.Sketch;
        if (_planted >= Planted.Count || _lastCleared || h.CancelDay is not null || h.SurveyDay is not null || h.AmendDay is not null
            || h.Perimeter is not NetTopologySuite.Geometries.Polygon || !InCorner(CentreOf(i)))
            return [];
        var (o, _, column, row) = Seat(i);
        var oblast = DemoGazetteer.Oblasts[o];
        var teams = _roster.TeamsByArea[o];
        var team = teams[(teams.IndexOf(h.Team) + 1) % teams.Count];
        int number = _oblasts[o].Count + 1 + _extraNumbers.GetValueOrDefault(o);
        _extraNumbers[o] = _extraNumbers.GetValueOrDefault(o) + 1;
        string id = string.Create(CultureInfo.InvariantCulture, $"HA-{oblast.Code}-{number:D6}");
        int day = Math.Min(_s.Days - 1, h.CreateDay + 30);
        var plant = Planted[_planted++];
        var perimeter = plant switch
        {
            DemoPlant.SurveyedTwice => h.Perimeter.Copy(),
            DemoPlant.RedrawnBeside => Moved(h.Perimeter, 40 / (111_320 * Math.Cos(h.Frame.Lat * Math.PI / 180)), 0),
            _ => Square(_oblasts[o].Grid.Corner(column, row), 20, 0.5),
        };
        var frame = plant == DemoPlant.PointAsArea ? new DemoFrame(perimeter.Centroid.X, perimeter.Centroid.Y, 0) : h.Frame;
        var twin = new HazardSketch
        {
            Index = h.Index, Id = id, Name = h.Name, Region = h.Region, Team = team, Frame = frame, Perimeter = perimeter,
            Grown = DemoClip.Grow(frame, perimeter, 1.0), Class = h.Class, Evidence = h.Evidence, Profile = h.Profile, Density = 0,
            CreateDay = day, Cuts = [], Task = perimeter, TaskM2 = Safeground.Core.Spatial.Polygons.AreaM2(perimeter), ReadyDay = day,
        };
        return [new HazardPlan(twin, null, []) { Plant = plant }];
    }

    // The geometry moved east and north by the given degrees, rounded like a GPS fix.
    private static NetTopologySuite.Geometries.Geometry Moved(NetTopologySuite.Geometries.Geometry g, double dLon, double dLat)
    {
        var moved = g.Copy();
        foreach (var c in moved.Coordinates) { c.X = DemoFrame.Round(c.X + dLon); c.Y = DemoFrame.Round(c.Y + dLat); }
        moved.GeometryChanged();
        return moved;
    }

    // A square of side metres, offset metres north-east of a cell corner (no hazard comes that close to one).
    private static NetTopologySuite.Geometries.Geometry Square((double Lon, double Lat) corner, double offset, double side)
    {
        var frame = new DemoFrame(corner.Lon, corner.Lat, 0);
        var ring = new[] { frame.ToGeo(offset, offset), frame.ToGeo(offset + side, offset), frame.ToGeo(offset + side, offset + side), frame.ToGeo(offset, offset + side), frame.ToGeo(offset, offset) };
        return Safeground.Core.Spatial.Geo.Factory.CreatePolygon(ring);
    }

    // Machines take the big fields, dogs and manual teams the small ones; of those, the one with the fewest days booked.
    private Team? LeastBusy(List<Team> teams, double taskM2)
    {
        Team? best = null;
        foreach (var t in teams)
        {
            bool fits = taskM2 > 50_000 ? t.Asset == AssetKind.Mechanical : taskM2 < 20_000 ? t.Asset != AssetKind.Mechanical : true;
            if (!fits) continue;
            if (best is null || _busyDays.GetValueOrDefault(t.Id) < _busyDays.GetValueOrDefault(best.Id)) best = t;
        }
        return best;
    }

    // Rare, as in the national record: a few hundred demining and civilian accidents on 100,000 hazards.
    private List<PlannedAccident> Accidents(Random rng, HazardSketch h, ClearancePlan? clearance, string town)
    {
        if (clearance is { Strips.Count: > 0 } c && rng.Chance(0.004))
        {
            var strip = c.Strips[rng.Next(c.Strips.Count)];
            int variant = c.Team.Asset switch { AssetKind.Manual => rng.Next(0, 2), AssetKind.Mechanical => 2, _ => 3 };
            var at = DemoShapes.PointIn(rng, strip.Area, new IndexedPointInAreaLocator(strip.Area));
            return [new PlannedAccident(strip.Day, c.Team, DemoAccidents.Demining(rng, variant, _day0.AddDays(strip.Day), at, town))];
        }
        if (clearance is null && !h.CancelledWhole && !h.Task.IsEmpty && rng.Chance(0.002))
        {
            int day = Math.Min(_s.Days - 1, h.CreateDay + rng.Next(5, 60));
            var at = DemoShapes.PointIn(rng, h.Task, new IndexedPointInAreaLocator(h.Task));
            return [new PlannedAccident(day, h.Team, DemoAccidents.Civilian(rng, rng.Chance(0.5) ? 0 : 2, _day0.AddDays(day), at, town))];
        }
        return [];
    }

    // A stride coprime with the cell count visits every cell once; near the golden ratio it scatters them.
    private static long Stride(int count)
    {
        long stride = (long)(count * 0.618) | 1;
        while (Gcd(stride, count) != 1) stride += 2;
        return stride;
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return a;
    }
}
