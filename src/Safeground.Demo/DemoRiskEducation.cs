using Safeground.Core.Accidents;
using Safeground.Core.People;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.RiskEducation;

namespace Safeground.Demo;

/// <summary>
/// The operation's risk-education sessions: on about one day in four a team of the hromada (an NGO where one works
/// there) holds a session in a village, speaking of the hazards already recorded in that hromada. Audiences are
/// counted by sex, age band and disability, never named; each day has its own random stream, so it reproduces.
/// </summary>
internal static class DemoRiskEducation
{
    private static readonly string[] Materials = ["leaflet", "poster", "colouring book", "safety card"];

    public static IEnumerable<Report> Write(int seed, int days, DemoRoster roster, IReadOnlyList<HazardSketch> hazards, ReportStamper stamper)
    {
        var places = DemoGazetteer.KharkivBorder;
        var anyTeam = roster.Teams.ToList();
        for (int day = 0; day < days; day++)
        {
            var rng = DemoRandom.For(seed, 18, day);
            if (!rng.Chance(0.25)) continue;
            int p = rng.Next(places.Count);
            var place = places[p];
            var region = OperationPlanner.RegionName(place);
            var team = roster.TeamsByArea[p] is { Count: > 0 } local ? rng.Pick(local) : rng.Pick(anyTeam);
            var at = Core.Spatial.Geo.Point(DemoFrame.Round(place.Lon + rng.Uniform(-0.02, 0.02)), DemoFrame.Round(place.Lat + rng.Uniform(-0.015, 0.015)));
            var near = hazards.Where(h => h.Region == region && h.CreateDay <= day).Select(h => h.Id).Order(StringComparer.Ordinal).Take(3).ToList();
            yield return stamper.Stamp(null, team, day, 0, new RiskEducationSession(at, region, rng.Pick(Methods), Audience(rng),
                [new MaterialsDistributed(rng.Pick(Materials), rng.Next(20, 120))], near));
        }
    }

    private static readonly EoreMethod[] Methods =
        [EoreMethod.Presentation, EoreMethod.Presentation, EoreMethod.Interpersonal, EoreMethod.CommunityLiaison, EoreMethod.MassMedia, EoreMethod.Digital];

    // A school or village meeting: mostly children and women, a few older people, now and then someone with a disability.
    private static List<PeopleCount> Audience(Random rng)
    {
        var rows = new List<PeopleCount>
        {
            new(Gender.Female, AgeBand.Child, false, rng.Next(5, 30)),
            new(Gender.Male, AgeBand.Child, false, rng.Next(5, 30)),
            new(Gender.Female, AgeBand.Adult, false, rng.Next(2, 15)),
            new(Gender.Male, AgeBand.Adult, false, rng.Next(0, 10)),
            new(Gender.Female, AgeBand.Older, false, rng.Next(0, 6)),
            new(Gender.Male, AgeBand.Older, false, rng.Next(0, 4)),
        };
        if (rng.Chance(0.4)) rows.Add(new(rng.Chance(0.5) ? Gender.Female : Gender.Male, rng.Chance(0.5) ? AgeBand.Child : AgeBand.Adult, true, rng.Next(1, 3)));
        return rows;
    }
}
