using NetTopologySuite.Algorithm.Locate;
using Safeground.Core.Reference;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Safeground.Demo;

/// <summary>
/// The operation's accidents on hazards: three demining accidents (an excavation blast, a tripwire
/// with one deminer killed, an AT mine under a machine) during the clearance of fitting hazards, and a
/// farmer's tractor on an AT mine in a field not yet cleared. The first hazard that fits is used, so the
/// choice is deterministic; if none fits the profile, any hazard worked by the right asset will do.
/// </summary>
internal static class OperationAccidents
{
    public static List<PlannedAccident>[] Plan(int seed, DateOnly day0, DemoSettings s, List<HazardSketch> sketches, ClearancePlan?[] clearances, List<string> towns)
    {
        var result = sketches.Select(_ => new List<PlannedAccident>()).ToArray();
        var rng = DemoRandom.For(seed, 7, 0);
        var used = new HashSet<int>();
        Contamination[] mined = [Contamination.ApMinefield, Contamination.MixedMinefield, Contamination.FormerPosition];
        Contamination[] antiTank = [Contamination.AtMinefield, Contamination.MixedMinefield];

        void Demining(int variant, AssetKind asset, Contamination[] profiles, int minStrips)
        {
            int i = Find(sketches, used, x => clearances[x] is { } c && c.Team.Asset == asset && c.Strips.Count >= minStrips && profiles.Contains(sketches[x].Profile));
            if (i < 0) i = Find(sketches, used, x => clearances[x] is { } c && c.Team.Asset == asset && c.Strips.Count >= 1);
            if (i < 0) return;
            var c = clearances[i]!;
            var strip = c.Strips[Math.Min(1, c.Strips.Count - 1)];
            var body = DemoAccidents.Demining(rng, variant, day0.AddDays(strip.Day), Point(rng, strip.Area), towns[i]);
            result[i].Add(new PlannedAccident(strip.Day, c.Team, body));
        }

        Demining(0, AssetKind.Manual, mined, 3);
        Demining(1, AssetKind.Manual, mined, 2);
        Demining(2, AssetKind.Mechanical, antiTank, 1);

        // A field still waiting for clearance that a farmer ploughed anyway.
        int f = Find(sketches, used, x => clearances[x] is null && !sketches[x].CancelledWhole && sketches[x].CreateDay < s.Days - 40
            && antiTank.Contains(sketches[x].Profile) && sketches[x].TaskM2 > 10_000);
        if (f >= 0)
        {
            var h = sketches[f];
            int day = h.CreateDay + rng.Next(10, 35);
            result[f].Add(new PlannedAccident(day, h.Team, DemoAccidents.Civilian(rng, 0, day0.AddDays(day), Point(rng, h.Task), towns[f])));
        }
        return result;
    }

    private static int Find(List<HazardSketch> sketches, HashSet<int> used, Func<int, bool> fits)
    {
        for (int i = 0; i < sketches.Count; i++)
            if (!used.Contains(i) && fits(i)) { used.Add(i); return i; }
        return -1;
    }

    private static NetTopologySuite.Geometries.Point Point(Random rng, NtsGeometry area) =>
        DemoShapes.PointIn(rng, area, new IndexedPointInAreaLocator(area));
}
