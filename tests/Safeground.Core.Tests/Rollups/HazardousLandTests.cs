using Safeground.Core.Spatial;
using Safeground.Core.Rollups;
using static Safeground.Core.Tests.TestReports;

namespace Safeground.Core.Tests.Rollups;

/// <summary>Land, not records: where hazards overlap, the union counts the land once.</summary>
public class HazardousLandTests
{
    private static NetTopologySuite.Geometries.Polygon Box(double west, double south, double east, double north) =>
        Geo.Factory.CreatePolygon([new(west, south), new(east, south), new(east, north), new(west, north), new(west, south)]);

    [Fact]
    public void Two_squares_overlapping_by_a_known_area_count_it_once_as_land()
    {
        // 200 m squares, the second shifted east by half a side: they share a 100 m × 200 m strip.
        var a = Square(37.2, 49.2, 200);
        var env = a.EnvelopeInternal;
        double half = env.Width / 2;
        var b = Box(env.MinX + half, env.MinY, env.MaxX + half, env.MaxY);
        var overlap = Box(env.MinX + half, env.MinY, env.MaxX, env.MaxY);
        var land = new HazardousLand();
        land.Add(a, Polygons.AreaM2(a));
        land.Add(b, Polygons.AreaM2(b));
        double records = Polygons.AreaM2(a) + Polygons.AreaM2(b);
        Assert.Equal(records, land.RecordsM2);
        Assert.InRange(land.CountedTwiceM2 - Polygons.AreaM2(overlap), -1, 1);
        Assert.InRange(land.LandM2 - (records - Polygons.AreaM2(overlap)), -1, 1);
        Assert.InRange(Polygons.AreaM2(overlap), 19_900, 20_100); // the strip really is 2 ha
        Assert.Single(land.Clusters());
    }

    [Fact]
    public void Apart_or_side_by_side_the_land_is_the_records()
    {
        var a = Square(37.2, 49.2, 200);
        var env = a.EnvelopeInternal;
        var beside = Box(env.MaxX, env.MinY, env.MaxX + env.Width, env.MaxY); // shares an edge: boxes meet, land does not overlap
        var far = Square(37.3, 49.3, 150);
        var land = new HazardousLand();
        foreach (var g in new[] { a, beside, far }) land.Add(g, Polygons.AreaM2(g));
        Assert.Equal(0, land.CountedTwiceM2);
        Assert.Equal(land.RecordsM2, land.LandM2);
        Assert.Single(land.Clusters()); // only the two that touch needed a union
        Assert.Equal(2, land.Clusters()[0].Members.Count);
    }

    [Fact]
    public void An_empty_remaining_polygon_is_no_land()
    {
        var land = new HazardousLand();
        Assert.Equal(-1, land.Add(Geo.Empty, 0));
        Assert.Equal(0, land.LandM2);
    }
}
