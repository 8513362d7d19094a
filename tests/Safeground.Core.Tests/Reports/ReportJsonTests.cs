using Safeground.Core.Accidents;
using Safeground.Core.Spatial;
using Safeground.Core.Hazards;
using Safeground.Core.Ordnance;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using static Safeground.Core.Tests.TestReports;

namespace Safeground.Core.Tests.Reports;

public class ReportJsonTests
{
    public static TheoryData<string> Kinds() => new() { "create", "cancel", "reduce", "clear", "complete", "eod", "accident" };

    private static Report Sample(string kind)
    {
        var area = Wkt("POLYGON ((37.25 49.2, 37.26 49.2, 37.26 49.21, 37.25 49.21, 37.25 49.2), (37.252 49.202, 37.254 49.202, 37.254 49.204, 37.252 49.202))");
        return kind switch
        {
            "create" => Create("HA-1", area, 0, null, new Evidence(EvidenceType.EoSeen, EvidenceSource.Visual, "PMN-2 seen by the road")),
            "cancel" => Cancel("HA-1", null, 3, "R-2"),
            "reduce" => Reduce("HA-1", Square(37.25, 49.2, 100), 4, "R-3", confirms: true),
            "clear" => Clear("HA-1", Square(37.255, 49.205, 50), 5, "R-4", Find(37.2551, 49.2051), Find(37.2552, 49.2052, EoCategory.AtMine, 2)),
            "complete" => Complete("HA-1", area, 9, "R-5"),
            "eod" => Make("R-6", null, 2, new EodSpotTask([Find(37.1, 49.1, EoCategory.Uxo)], "call from the village council")),
            _ => Make("R-7", "HA-1", 6, new AccidentReport(
                new DateTimeOffset(2026, 3, 8, 10, 40, 0, TimeSpan.FromHours(2)), Geo.Point(37.2553, 49.2053), true, "manual clearance",
                AssetKind.Manual, "missed signal", "pressure", false, false, EoCategory.ApMine, "PMN-2", 5, "wet clay", "rain",
                "refresher training on the detector",
                [new Victim("Deminer A", Gender.Male, new DateOnly(1990, 5, 1), 35, "Izium", "deminer", VictimOutcome.Injured, "foot", "excavation")])),
        };
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_report_kind_round_trips_exactly(string kind)
    {
        var report = Sample(kind);
        var json = ReportJson.Serialize(report);
        var back = ReportJson.Deserialize(json);
        Assert.Equal(json, ReportJson.Serialize(back));
        Assert.Equal(report.Kind, back.Kind);
        Assert.Equal(report.Body.AllFinds.Count, back.Body.AllFinds.Count);
    }

    [Fact]
    public void Payload_is_readable_json_with_wkt_and_kebab_case()
    {
        var json = ReportJson.Serialize(Sample("clear"));
        Assert.Contains("\"kind\":\"clearance-progress\"", json, StringComparison.Ordinal);
        Assert.Contains("POLYGON ((37.25", json, StringComparison.Ordinal);
        Assert.Contains("\"category\":\"at-mine\"", json, StringComparison.Ordinal);
        Assert.Contains("\"disposal\":\"destroyed-in-situ\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Coordinates_survive_with_full_precision()
    {
        var p = Geo.Point(36.123456789012345, 49.987654321098765);
        var r = Make("R-9", null, 1, new EodSpotTask([new EoFind(EoCategory.Uxo, null, 1, EoCondition.Unknown, null, p, Disposal.Removed)]));
        var back = ReportJson.Deserialize(ReportJson.Serialize(r));
        var q = back.Body.AllFinds[0].Position;
        Assert.Equal(p.X, q.X);
        Assert.Equal(p.Y, q.Y);
    }

    // Points take a fast path past NTS both ways; its text must stay exactly NTS's, and reading must
    // give what NTS's reader gives, for ordinary and awkward doubles alike (exponents, -0, integers).
    [Fact]
    public void Points_are_written_and_read_exactly_as_NTS_does()
    {
        var rng = new Random(7);
        double[] awkward = [0, -0.0, 1, -180, 90, 1e-7, -3.5e-12, 1e20, 123456789012345678, 0.1, 1.0 / 3, double.Epsilon, 5e-324, 179.99999999999997];
        var values = awkward.Concat(Enumerable.Range(0, 20000).Select(i => i % 2 == 0
            ? (rng.NextDouble() - 0.5) * 360
            : Math.Round((rng.NextDouble() - 0.5) * 360, rng.Next(0, 12)))).ToArray();
        for (int i = 0; i + 1 < values.Length; i++)
        {
            var p = Geo.Point(values[i], values[i + 1]);
            var json = System.Text.Json.JsonSerializer.Serialize<NetTopologySuite.Geometries.Geometry>(p, ReportJson.Options);
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(p.AsText()), json);
            var back = (NetTopologySuite.Geometries.Point)System.Text.Json.JsonSerializer.Deserialize<NetTopologySuite.Geometries.Geometry>(json, ReportJson.Options)!;
            var nts = new NetTopologySuite.IO.WKTReader(Geo.Services).Read(p.AsText());
            Assert.Equal(BitConverter.DoubleToInt64Bits(nts.Coordinate.X), BitConverter.DoubleToInt64Bits(back.X));
            Assert.Equal(BitConverter.DoubleToInt64Bits(nts.Coordinate.Y), BitConverter.DoubleToInt64Bits(back.Y));
            Assert.Equal(Geo.Wgs84, back.SRID);
            Assert.Equal(((NetTopologySuite.Geometries.Point)nts).CoordinateSequence.Dimension, back.CoordinateSequence.Dimension);
        }
    }
}
