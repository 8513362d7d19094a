using Safeground.Core.Ordnance;
using Safeground.Core.Reference;
using Safeground.Core.Reports;

namespace Safeground.Demo;

/// <summary>
/// EOD spot tasks and civilian accidents outside the hazards, day by day: each day has its own random
/// stream, so the sequence streams in date order and reproduces exactly. They sit at grid cell corners,
/// which no hazard reaches.
/// </summary>
internal static class OtherReportsWriter
{
    private static readonly string[] Sources =
    [
        "Call to the 101 emergency line", "Request from the village head", "Police request", "Farmer found an item while ploughing",
        "Found during road repair", "Utility company request", "School reported an item near the playground",
    ];

    /// <param name="locate">For a day's random stream: the cell corner (lon, lat), nearest town, and the team called out.</param>
    public static IEnumerable<Report> Write(int seed, int days, double spotsPerDay, double accidentsPerDay, int[] fixedAccidentDays,
        ReportStamper stamper, Func<Random, (double Lon, double Lat, string Town, Team Team)> locate)
    {
        for (int day = 0; day < days; day++)
        {
            var rng = DemoRandom.For(seed, 5, day);
            int spots = rng.Poisson(spotsPerDay);
            for (int k = 0; k < spots; k++)
            {
                var (lon, lat, _, team) = locate(rng);
                int count = rng.Chance(0.6) ? 1 : rng.Next(2, 7);
                var finds = new List<EoFind>(count);
                for (int f = 0; f < count; f++)
                {
                    // Items lie within a few metres of the corner, never inside the neighbouring hazards.
                    var p = Safeground.Core.Spatial.Geo.Point(DemoFrame.Round(lon + rng.Uniform(-4e-5, 4e-5)), DemoFrame.Round(lat + rng.Uniform(-3e-5, 3e-5)));
                    finds.Add(DemoOrdnance.MakeSpot(rng, p));
                }
                yield return stamper.Stamp(null, team, day, k, new EodSpotTask(finds, rng.Pick(Sources)));
            }
            if (rng.Chance(accidentsPerDay) || Array.IndexOf(fixedAccidentDays, day) >= 0)
            {
                var (lon, lat, town, team) = locate(rng);
                var at = Safeground.Core.Spatial.Geo.Point(DemoFrame.Round(lon), DemoFrame.Round(lat));
                yield return stamper.Stamp(null, team, day, spots, DemoAccidents.Civilian(rng, 1, stamper.Date(day), at, town));
            }
        }
    }
}
