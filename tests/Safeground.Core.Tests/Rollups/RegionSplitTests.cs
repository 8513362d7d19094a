using Safeground.Core.Spatial;
using Safeground.Core.Projections;
using Safeground.Core.Reference;
using Safeground.Core.Rollups;
using static Safeground.Core.Tests.TestReports;

namespace Safeground.Core.Tests.Rollups;

public class RegionSplitTests
{
    // Two districts meeting on the meridian 37.3, and a third far away.
    private static readonly Region West = new("West", Wkt("POLYGON ((37.0 49.0, 37.3 49.0, 37.3 49.5, 37.0 49.5, 37.0 49.0))"));
    private static readonly Region East = new("East", Wkt("POLYGON ((37.3 49.0, 37.6 49.0, 37.6 49.5, 37.3 49.5, 37.3 49.0))"));
    private static readonly Region Far = new("Far", Wkt("POLYGON ((30.0 50.0, 30.1 50.0, 30.1 50.1, 30.0 50.1, 30.0 50.0))"));

    [Fact]
    public void A_hazard_across_two_regions_is_split_and_the_parts_add_up_to_the_whole()
    {
        // 2 km × 1.5 km, a long east-west edge crossing the boundary: where lon/lat overlay and geodesic areas disagree most.
        var hazard = Wkt("POLYGON ((37.28 49.20, 37.3077 49.20, 37.3077 49.2135, 37.28 49.2135, 37.28 49.20))");
        var index = new RegionIndex([West, East, Far]);
        var pieces = new List<(int Region, double M2)>();
        index.Split(hazard, null, pieces);
        Assert.Equal(["East", "West"], pieces.Select(p => index.NameOf(p.Region)).Order(StringComparer.Ordinal));
        double whole = Polygons.AreaM2(hazard);
        Assert.InRange(pieces.Sum(p => p.M2) - whole, -0.01, 0.01);
        // About 72 % lies west of 37.3 (2.00 of 2.77 km).
        double west = pieces.Single(p => index.NameOf(p.Region) == "West").M2;
        Assert.InRange(west / whole, 0.71, 0.73);
    }

    [Fact]
    public void What_lies_outside_every_region_is_its_own_piece()
    {
        var hazard = Wkt("POLYGON ((37.59 49.40, 37.61 49.40, 37.61 49.41, 37.59 49.41, 37.59 49.40))");
        var index = new RegionIndex([West, East]);
        var pieces = new List<(int Region, double M2)>();
        index.Split(hazard, null, pieces);
        Assert.Equal([RegionIndex.Outside, "East"], pieces.Select(p => index.NameOf(p.Region)).OrderBy(n => n == "East"));
        Assert.InRange(pieces.Sum(p => p.M2) - Polygons.AreaM2(hazard), -0.01, 0.01);
        Assert.InRange(pieces.Single(p => p.Region < 0).M2 / Polygons.AreaM2(hazard), 0.49, 0.51);
    }

    [Fact]
    public void A_hazard_inside_one_region_goes_there_whole_and_points_are_located()
    {
        var index = new RegionIndex([West, East]);
        var pieces = new List<(int Region, double M2)>();
        index.Split(Square(37.1, 49.1, 300), 12345.0, pieces);
        Assert.Equal(("West", 12345.0), (index.NameOf(pieces.Single().Region), pieces.Single().M2)); // the known area is taken as given
        Assert.Equal("East", index.NameOf(index.Locate(Geo.Point(37.5, 49.2))));
        Assert.Equal(RegionIndex.Outside, index.NameOf(index.Locate(Geo.Point(36.5, 49.2))));
        Assert.Equal("East", index.NameOf(index.Locate(Geo.Point(37.3, 49.2)))); // on the shared boundary: the first by name
    }

    [Fact]
    public void Remaining_area_per_hazard_and_region_conserves_each_hazards_remaining_area()
    {
        // One hazard across the boundary, partly cleared on the west side; one wholly in the east.
        var across = Wkt("POLYGON ((37.29 49.30, 37.31 49.30, 37.31 49.31, 37.29 49.31, 37.29 49.30))");
        var a = HazardProjector.Replay("HA-A", [Create("HA-A", across), Clear("HA-A", Wkt("POLYGON ((37.28 49.29, 37.295 49.29, 37.295 49.32, 37.28 49.32, 37.28 49.29))"), 5, "R-A-1")], Safeground.Core.Rules.ProgrammeRules.Default)!;
        var b = HazardProjector.Replay("HA-B", [Create("HA-B", Square(37.45, 49.2, 400))], Safeground.Core.Rules.ProgrammeRules.Default)!;
        var result = RemainingArea.Compute([a, b], [West, East]);
        Assert.Equal(a.RemainingM2 + b.RemainingM2, result.TotalM2, 6);
        foreach (var h in result.Hazards) Assert.InRange(h.ByRegion.Sum(p => p.M2) - h.RemainingM2, -0.01, 0.01);
        var partsOfA = result.Hazards[0].ByRegion.ToDictionary(p => p.Region, p => p.M2);
        // Cleared west of 37.295: a quarter of it is left in the west, half in the east.
        Assert.InRange(partsOfA["West"] / a.OriginalM2, 0.24, 0.26);
        Assert.InRange(partsOfA["East"] / a.OriginalM2, 0.49, 0.51);
        Assert.InRange(result.ByRegion["West"] + result.ByRegion["East"] - result.TotalM2, -0.02, 0.02);
    }
}
