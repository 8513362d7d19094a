using System.Globalization;
using NetTopologySuite.Algorithm.Locate;
using Safeground.Core.Reference;

namespace Safeground.Core.Demo;

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
    private readonly (DemoGrid Grid, int First, int Count, long Stride)[] _oblasts;
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
        _oblasts = new (DemoGrid, int, int, long)[oblasts.Count];
        int first = 0;
        for (int o = 0; o < oblasts.Count; o++)
        {
            cumulative += oblasts[o].Weight;
            int upTo = o == oblasts.Count - 1 ? HazardCount : (int)Math.Round(HazardCount * cumulative / total);
            var b = oblasts[o];
            var grid = GridFor(b);
            if (grid.Count < upTo - first) throw new InvalidOperationException($"{b.Name}: grid too small");
            _oblasts[o] = (grid, first, upTo - first, Stride(grid.Count));
            first = upTo;
        }
    }

    public DemoGrid GridOf(int oblast) => _oblasts[oblast].Grid;

    /// <summary>The cell grid of an oblast: one hazard per cell.</summary>
    public static DemoGrid GridFor(DemoOblast oblast) => DemoGrid.Over(oblast.LonMin, oblast.LonMax, oblast.LatMin, oblast.LatMax, CellLon, CellLat);

    /// <summary>The region a hazard at (lon, lat) of <paramref name="oblast"/> carries, and the name of its district polygon.</summary>
    public static string RegionName(DemoOblast oblast, double lon, double lat) => $"{oblast.Name} oblast, {DemoGazetteer.RaionOf(oblast, lon, lat)} raion";

    public HazardPlan Plan(int i)
    {
        int o = 0;
        while (i >= _oblasts[o].First + _oblasts[o].Count) o++;
        var (grid, first, _, stride) = _oblasts[o];
        var oblast = DemoGazetteer.Oblasts[o];
        int k = i - first;
        long cell = (k * stride + 7) % grid.Count;
        int column = (int)(cell % grid.Columns), row = (int)(cell / grid.Columns);
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
        if (!h.CancelledWhole && h.TaskM2 >= 100 && rng.Chance(0.5))
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
