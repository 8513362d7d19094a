using System.Globalization;
using Safeground.Core.Hazards;
using Safeground.Core.Reference;

namespace Safeground.Core.Demo;

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
        return sketches.Select((h, i) => new HazardPlan(h, clearances[i], accidents[i])).ToList();
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
            var plan = ClearanceScheduler.Plan(DemoRandom.For(seed, 4, i), h, team, start, s.Days - 1, day0, s);
            if (plan.Strips.Count == 0 && plan.CompletionDay is null) continue;
            result[i] = plan;
            free[team.Id] = plan.FreeDay;
        }
        return result;
    }
}
