using NetTopologySuite.Algorithm.Locate;
using Safeground.Core.Accidents;
using Safeground.Core.Casualties;
using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.People;
using Safeground.Core.Reports;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace Safeground.Demo;

/// <summary>A civilian casualty incident planned on a hazard, on the day it became known.</summary>
internal sealed record PlannedIncident(int Day, CasualtyIncident Body);

/// <summary>
/// The operation's civilian casualty incidents (IMAS 05.10), on confirmed hazards so that no class changes: a herder
/// injured on a hazard before its clearance reached the spot, two children collecting firewood, and one planted for
/// <c>safeground check</c>: a farmer injured on a lane that had been cleared three weeks before (incident-on-released-land).
/// Counted by sex and age band, never named. Their reports are numbered from 800,001 so the other reports keep their ids.
/// </summary>
internal static class OperationIncidents
{
    public const long FirstNumber = 850_001; // after the quality reports' 800_001…

    public static List<PlannedIncident>[] Plan(int seed, DateOnly day0, DemoSettings s, List<HazardSketch> sketches, ClearancePlan?[] clearances, List<string> towns)
    {
        var result = sketches.Select(_ => new List<PlannedIncident>()).ToArray();
        var rng = DemoRandom.For(seed, 9, 0);
        var used = new HashSet<int>();
        bool Fits(int x, int after) => !used.Contains(x) && sketches[x].Class == HazardClass.Cha
            && clearances[x] is { Strips.Count: >= 2 } c && c.Strips[0].Day - 12 > sketches[x].CreateDay && c.Strips[0].Day + after < s.Days;

        // Before the lane reached it: hazardous land, nothing for check to say.
        void Before(CasualtyActivity activity, IReadOnlyList<PeopleCount> killed, IReadOnlyList<PeopleCount> injured, string source)
        {
            int i = Enumerable.Range(0, sketches.Count).FirstOrDefault(x => Fits(x, 0), -1);
            if (i < 0) return;
            used.Add(i);
            var c = clearances[i]!;
            int day = c.Strips[0].Day - 10;
            var at = Point(rng, c.Strips[^1].Area);
            result[i].Add(new PlannedIncident(day, new CasualtyIncident(day0.AddDays(day - 1), at, sketches[i].Region, EoCategory.ApMine, "PFM-1", activity,
                killed, injured, source, $"{towns[i]}-{day:D3}")));
        }
        Before(CasualtyActivity.Herding, [], [new PeopleCount(Gender.Male, AgeBand.Adult, false, 1)], "Kharkiv regional hospital");
        Before(CasualtyActivity.CollectingFirewood, [new PeopleCount(Gender.Male, AgeBand.Child, false, 1)],
            [new PeopleCount(Gender.Female, AgeBand.Child, false, 1)], "National Police, Kharkiv oblast");

        // Planted: an injury on land cleared three weeks earlier (the lane may have missed an item).
        int p = Enumerable.Range(0, sketches.Count).FirstOrDefault(x => Fits(x, 25), -1);
        if (p >= 0)
        {
            var c = clearances[p]!;
            int day = c.Strips[0].Day + 22;
            var at = Point(rng, c.Strips[0].Area);
            result[p].Add(new PlannedIncident(day, new CasualtyIncident(day0.AddDays(day - 1), at, sketches[p].Region, EoCategory.ApMine, null, CasualtyActivity.Farming,
                [], [new PeopleCount(Gender.Male, AgeBand.Older, false, 1)], "Kharkiv regional hospital", $"{towns[p]}-{day:D3}")));
        }
        return result;
    }

    private static NetTopologySuite.Geometries.Point Point(Random rng, NtsGeometry area) =>
        DemoShapes.PointIn(rng, area, new IndexedPointInAreaLocator(area));
}
