using System.Globalization;
using Safeground.Core.Hazards;
using Safeground.Core.Reference;

namespace Safeground.Demo;

/// <summary>
/// Plans the 120-day operation: 300 hazards clustered around the hromadas of the border region, and
/// each organisation's teams working through their hazards one after another (highest priority first),
/// so the area a team clears is bounded by its real capacity over the rotation.
/// </summary>
internal static class OperationPlanner
{
    public const int HazardCount = 300;

    /// <summary>The region's grid: cells of about 1.15 × 1.17 km, room for a 40 ha field.</summary>
    public static DemoGrid Grid { get; } = DemoGrid.Over(35.9, 38.1, 49.2, 50.6, 0.016, 0.0105);

    public static List<HazardPlan> Plan(int seed, DateOnly day0, DemoRoster roster)
    {
        var s = DemoSettings.Operation;
        var places = DemoGazetteer.KharkivBorder;
        var seats = Seats(seed, places);
        var sketches = new List<HazardSketch>(seats.Count);
        for (int i = 0; i < seats.Count; i++)
        {
            var (place, column, row, createDay) = seats[i];
            var rng = DemoRandom.For(seed, 2, i);
            var p = places[place];
            var (lon, lat) = Grid.Centre(column, row);
            string name = $"{rng.Pick(p.Villages)} – {rng.Pick(DemoGazetteer.Features)}";
            string region = RegionName(p);
            var surveyors = roster.TeamsByArea[place].Where(t => t.Asset == AssetKind.Manual).ToList();
            string id = string.Create(CultureInfo.InvariantCulture, $"HA-KH-{i + 1:D4}");
            sketches.Add(HazardSketcher.Sketch(seed, s, i, id, name, region, rng.Pick(surveyors), lon, lat, Grid.MaxRadiusM, createDay));
        }
        var clearances = Schedule(seed, day0, s, roster, sketches, seats);
        var accidents = OperationAccidents.Plan(seed, day0, s, sketches, clearances, seats.Select(x => places[x.Place].Hromada).ToList());
        var incidents = OperationIncidents.Plan(seed, day0, s, sketches, clearances, seats.Select(x => places[x.Place].Hromada).ToList());
        var plants = Plants(sketches, clearances);
        return sketches.Select((h, i) => new HazardPlan(h, clearances[i], accidents[i])
        {
            DefinesHazardousArea = h.Class == HazardClass.Cha,
            Handover = HandoverOf(seed, i, h, clearances[i], s),
            Plant = plants.GetValueOrDefault(i),
            Incidents = incidents[i],
        }).ToList();
    }

    // Most cleared land is handed back to its users within a fortnight of the completion report.
    private static (int, Safeground.Core.Reports.Handover)? HandoverOf(int seed, int i, HazardSketch h, ClearancePlan? c, DemoSettings s)
    {
        if (c?.CompletionDay is not int done) return null;
        var rng = DemoRandom.For(seed, 8, i);
        int day = done + rng.Next(3, 15);
        if (day > s.Days - 1 || !rng.Chance(0.7)) return null;
        string village = h.Name.Split(" – ")[0];
        string use = rng.Pick(["agriculture", "grazing", "road and verges", "gardens"]);
        return (day, new Safeground.Core.Reports.Handover($"{village} village council", use, string.Create(CultureInfo.InvariantCulture, $"HO-{h.Id}")));
    }

    // One hazard each, the first (by id) a mistake can be planted on: manual teams' hazards with a few lanes.
    private static Dictionary<int, DemoPlant> Plants(List<HazardSketch> sketches, ClearancePlan?[] clearances)
    {
        var result = new Dictionary<int, DemoPlant>();
        var wanted = new Queue<DemoPlant>([DemoPlant.LaneFarPastEdge, DemoPlant.EffortDigitDropped, DemoPlant.FindFarOutside]);
        for (int i = 0; i < sketches.Count && wanted.Count > 0; i++)
        {
            if (clearances[i] is not { Team.Asset: AssetKind.Manual, Strips.Count: >= 3, SuspendedBecause: null } c) continue;
            var h = sketches[i];
            var plant = wanted.Peek();
            if (plant == DemoPlant.FindFarOutside && h.Density < 0.002) continue; // it needs finds
            var strip = c.Strips[1];
            var strips = c.Strips.ToList();
            if (plant == DemoPlant.LaneFarPastEdge)
            {
                var (umin, umax) = h.Frame.ExtentU(h.Task);
                int n = c.Strips.Count;
                double u0 = umin + (umax - umin) * 1 / n - 0.5, u1 = umin + (umax - umin) * 2 / n;
                strips[1] = strip with { Drawn = DemoClip.Band(h.Frame, DemoClip.Grow(h.Frame, h.Perimeter, 25), u0, u1) };
            }
            else if (plant == DemoPlant.EffortDigitDropped)
            {
                strips[1] = strip with { DeminerDays = Math.Round(strip.DeminerDays!.Value / 10, 1) };
            }
            clearances[i] = c with { Strips = strips };
            result[i] = wanted.Dequeue();
        }
        return result;
    }

    /// <summary>The region a hazard of <paramref name="place"/> carries, and the name of its district polygon.</summary>
    public static string RegionName(DemoPlace place) => $"Kharkiv oblast, {place.Raion} raion, {place.Hromada} hromada";

    // Places and creation days first, then ids in order of creation, as an authority numbers them.
    internal static List<(int Place, int Column, int Row, int CreateDay)> Seats(int seed, IReadOnlyList<DemoPlace> places)
    {
        var rng = DemoRandom.For(seed, 2, -1);
        double total = places.Sum(p => p.Weight), cumulative = 0;
        var occupied = new HashSet<(int, int)>();
        var seats = new List<(int Place, int Column, int Row, int CreateDay)>(HazardCount);
        int placed = 0;
        for (int p = 0; p < places.Count; p++)
        {
            cumulative += places[p].Weight;
            int upTo = (int)Math.Round(HazardCount * cumulative / total);
            for (; placed < upTo; placed++)
            {
                var (column, row) = FreeCell(rng, places[p], occupied);
                int createDay = rng.Chance(0.7) ? rng.Next(0, 21) : rng.Next(21, 76); // the first survey sweep, then new information
                seats.Add((p, column, row, createDay));
            }
        }
        return seats.OrderBy(x => x.CreateDay).ThenBy(x => x.Place).ThenBy(x => x.Row).ThenBy(x => x.Column).ToList();
    }

    private static (int Column, int Row) FreeCell(Random rng, DemoPlace place, HashSet<(int, int)> occupied)
    {
        for (int attempt = 0; ; attempt++)
        {
            double sigma = 5_500 * (1 + attempt / 20.0); // widen the cluster when its centre is full
            double u1 = 1 - rng.NextDouble(), u2 = rng.NextDouble(), g = Math.Sqrt(-2 * Math.Log(u1));
            double lon = place.Lon + g * Math.Cos(2 * Math.PI * u2) * sigma / (111_320 * Math.Cos(place.Lat * Math.PI / 180));
            double lat = place.Lat + g * Math.Sin(2 * Math.PI * u2) * sigma / 110_574;
            var cell = Grid.CellOf(lon, lat);
            if (cell.Column < 0 || cell.Row < 0 || cell.Column >= Grid.Columns || cell.Row >= Grid.Rows) continue;
            if (occupied.Add(cell)) return cell;
        }
    }

    private static ClearancePlan?[] Schedule(int seed, DateOnly day0, DemoSettings s, DemoRoster roster, List<HazardSketch> sketches,
        List<(int Place, int Column, int Row, int CreateDay)> seats)
    {
        var result = new ClearancePlan?[sketches.Count];
        int vovchansk = DemoGazetteer.KharkivBorder.Select((p, k) => (p, k)).First(x => x.p.Hromada == "Vovchansk").k;
        bool suspended = false;
        var free = roster.Teams.ToDictionary(t => t.Id, t => 2 + (t.Id.Length % 3), StringComparer.Ordinal); // arrival and set-up
        var order = Enumerable.Range(0, sketches.Count)
            .Where(i => !sketches[i].CancelledWhole && sketches[i].TaskM2 >= 100)
            .OrderBy(i => sketches[i].Class == HazardClass.Cha ? 0 : 1).ThenBy(i => sketches[i].ReadyDay).ThenBy(i => i);
        foreach (int i in order)
        {
            var h = sketches[i];
            var teams = roster.TeamsByArea[seats[i].Place];
            // Machines take the big fields; dogs and manual teams the small ones and anything near houses.
            var fit = teams.Where(t => h.TaskM2 > 50_000 ? t.Asset == AssetKind.Mechanical : h.TaskM2 < 20_000 ? t.Asset != AssetKind.Mechanical : true).ToList();
            if (fit.Count == 0) fit = teams.Where(t => h.TaskM2 < 80_000 || t.Asset == AssetKind.Mechanical).ToList();
            if (fit.Count == 0) continue;
            var team = fit.OrderBy(t => free[t.Id]).ThenBy(t => t.Id, StringComparer.Ordinal).First();
            int start = Math.Max(free[team.Id], h.ReadyDay);
            if (start > s.Days - 3) continue;
            var plan = ClearanceScheduler.Plan(DemoRandom.For(seed, 4, i), h, team, start, s.Days - 1, day0, s, roster.RotationDays);
            if (plan.Strips.Count == 0 && plan.CompletionDay is null) continue;
            if (!suspended && seats[i].Place == vovchansk && plan.Strips.Count >= 3)
            {
                // Shelling near the border stops work: the hazard is suspended after two lanes and the team moves on.
                plan = plan with { Strips = plan.Strips.Take(2).ToList(), CompletionDay = null, FreeDay = ClearanceScheduler.NextWorkDay(plan.Strips[1].Day + 1, day0),
                    SuspendedBecause = "Shelling within 5 km of the site: work stopped until the area is safe again" };
                suspended = true;
            }
            result[i] = plan;
            free[team.Id] = plan.FreeDay;
        }
        return result;
    }
}
