using NetTopologySuite.Geometries;
using Safeground.Core.Spatial;
using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Reference;
using Safeground.Core.Reports;

namespace Safeground.Storage.Contract;

/// <summary>
/// Random, seeded sequences of field reports for the property "a full rebuild of the projections equals the state kept
/// report by report", whatever path the reports take (the lifecycle, the API, the CLI, sync). A few hazards are created,
/// then cancelled, reduced, cleared and completed in random squares (some sticking out, some overlapping, some on land
/// survey cancelled), each followed by a random decision. Many steps are refused by the rules: that is part of the test.
/// </summary>
public static class RandomLedger
{
    public const string Org = "ORG-P";
    public const string Team = "T-P";
    public const string Submitter = "field.lead";

    /// <summary>
    /// Non-default rules that change what the replay decides: CHA from a score of 0.6 without the direct-evidence shortcut,
    /// marking weighs 0.3 (so marking + scrap crosses at other points than by default), clearing on cancelled land is an
    /// error only above half the area worked (default 0.1), and a completion may leave up to 2,000 m².
    /// </summary>
    public const string Rules = """
        {
          "programme": "property",
          "evidence": { "chaThreshold": 0.6, "directIsCha": false, "types": { "marking": 0.3 } },
          "rules": {
            "clearing-cancelled-land": { "severity": "error", "threshold": 0.5, "unit": "share of the area worked" },
            "completion-leaves-area": { "severity": "error", "threshold": 2000, "unit": "m2" }
          }
        }
        """;

    public enum Decision { Approve, Reject, Leave }

    public sealed record Step(Report Report, Decision Decision);

    public static Organisation Organisation => new(Org, "Property Demining", "UA");
    public static Team TeamOf => new(Team, Org, "Manual team P", AssetKind.Manual, 20);

    private static readonly DateOnly Day0 = new(2025, 1, 6);

    /// <summary>The reports of one case, in the order they are submitted, each with its decision.</summary>
    public static IReadOnlyList<Step> Case(int seed, int hazards = 2, int steps = 10)
    {
        var rng = new Random(seed);
        var list = new List<Step>();
        int day = 0, n = 0;
        var origins = new List<(double Lon, double Lat)>();
        for (int h = 0; h < hazards; h++)
        {
            var origin = (36.0 + h * 0.004, 49.0 + rng.Next(0, 2) * 0.0005);
            origins.Add(origin);
            var evidence = new List<Evidence>();
            foreach (var (type, source) in new[] { (EvidenceType.Marking, EvidenceSource.Visual), (EvidenceType.Scrap, EvidenceSource.Verbal), (EvidenceType.Craters, EvidenceSource.Records), (EvidenceType.EoSeen, EvidenceSource.Verbal) })
                if (rng.NextDouble() < 0.45) evidence.Add(new Evidence(type, source));
            var body = new NonTechnicalSurvey(SurveyAction.Create, $"Field {h}", "Kharkiv", null, Square(origin.Item1, origin.Item2, 0.003), null, evidence, [EoCategory.ApMine]);
            list.Add(new Step(Make($"P{seed}-{n++}", HazardId(h), day, body), rng.NextDouble() < 0.9 ? Decision.Approve : Decision.Leave));
        }
        for (int s = 0; s < steps; s++)
        {
            day += rng.Next(0, 3);
            int h = rng.Next(hazards);
            var (lon, lat) = origins[h];
            double side = 0.0004 + rng.NextDouble() * 0.0014;
            var square = Square(lon - 0.0004 + rng.NextDouble() * 0.0032, lat - 0.0004 + rng.NextDouble() * 0.0032, side);
            ReportBody body = rng.Next(5) switch
            {
                0 => new NonTechnicalSurvey(SurveyAction.Cancel, null, null, null, null, square, [], []),
                1 => new TechnicalSurvey(square, rng.NextDouble() < 0.3, rng.NextDouble() < 0.3 ? [FindIn(square, rng)] : []),
                2 => new ClearanceProgress(square, 5 + rng.Next(40), null, rng.NextDouble() < 0.4 ? [FindIn(square, rng)] : []),
                3 => new Completion(rng.NextDouble() < 0.5 ? Square(lon, lat, 0.003) : square, 13, []),
                _ => new NonTechnicalSurvey(SurveyAction.Amend, null, null, null, null, null,
                    [new Evidence(rng.NextDouble() < 0.5 ? EvidenceType.Marking : EvidenceType.Scrap, EvidenceSource.Visual)], []),
            };
            double roll = rng.NextDouble();
            var decision = roll < 0.75 ? Decision.Approve : roll < 0.87 ? Decision.Reject : Decision.Leave;
            list.Add(new Step(Make($"P{seed}-{n++}", HazardId(h), day, body), decision));
        }
        return list;
    }

    public static string HazardId(int h) => $"HA-P{h}";

    private static Report Make(string id, string hazardId, int day, ReportBody body) =>
        new(id, hazardId, Org, Team, null, Day0.AddDays(day), new DateTimeOffset(Day0.AddDays(day).ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero), Submitter, body);

    private static EoFind FindIn(Polygon square, Random rng)
    {
        var c = square.Centroid;
        return new EoFind(EoCategory.ApMine, "PMN-2", 1 + rng.Next(3), EoCondition.Armed, 5 + rng.Next(20), Geo.Point(c.X, c.Y), Disposal.DestroyedInSitu);
    }

    private static Polygon Square(double lon, double lat, double side) => Geo.Factory.CreatePolygon([
        new(lon, lat), new(lon + side, lat), new(lon + side, lat + side), new(lon, lat + side), new(lon, lat)]);
}
