using FsCheck.Xunit;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Safeground.Geodesy;
using Safeground.Core.Spatial;

namespace Safeground.Geodesy.Tests;

public class GeodesicAreaTests
{
    private static readonly WKTReader Reader = new(Geo.Services);

    public static TheoryData<string, string, double> Cases()
    {
        var data = new TheoryData<string, string, double>();
        foreach (PlanimeterCase c in PlanimeterCase.Load())
        {
            data.Add(c.Description, c.Wkt, c.Area);
        }

        return data;
    }

    [Fact]
    public void Case_file_covers_the_required_range()
    {
        IReadOnlyList<PlanimeterCase> cases = PlanimeterCase.Load();
        Assert.True(cases.Count >= 40);
        Assert.Contains(cases, c => c.Area < 200);
        Assert.Contains(cases, c => c.Area > 9e7);
        Assert.Contains(cases, c => c.Wkt.Contains("), (", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_planimeter_oracle(string description, string wkt, double expected)
    {
        double actual = GeodesicArea.Of(Reader.Read(wkt));
        double error = Math.Abs(actual - expected);
        Assert.True(error <= PlanimeterCase.Tolerance(expected),
            $"{description}: expected {expected:R}, got {actual:R}, error {error:R} m²");
    }

    // Oracle values below are Planimeter -p 10 output (GeographicLib 2.1.2, default mode).
    [Theory]
    [InlineData(0, 0, 1, 1, 12_308_778_361.46945)]
    [InlineData(60, 10, 61, 11, 6_122_943_163.07141)]
    [InlineData(-70, -1, -69, 0, 4_361_574_555.23474)]
    public void One_degree_cells(double lat0, double lon0, double lat1, double lon1, double expected)
    {
        Coordinate[] ring =
        [
            new(lon0, lat0), new(lon1, lat0), new(lon1, lat1), new(lon0, lat1), new(lon0, lat0),
        ];
        double actual = GeodesicArea.OfRing(ring);
        Assert.True(Math.Abs(actual - expected) <= PlanimeterCase.Tolerance(expected), $"got {actual:R}");
    }

    [Fact]
    public void Octant_is_one_eighth_of_the_ellipsoid()
    {
        // Total WGS84 area is 4 pi c², c the authalic radius; Planimeter gives 63758202715511.05469.
        Coordinate[] ring = [new(0, 0), new(90, 0), new(0, 90)];
        double expected = Geodesic.Wgs84.EllipsoidArea / 8;
        Assert.Equal(63_758_202_715_511.05469, expected, 0.1);
        Assert.Equal(expected, GeodesicArea.OfRing(ring), 0.1);
    }

    [Fact]
    public void Holes_are_subtracted_and_multipolygons_summed()
    {
        Coordinate[] shell = [new(10, 10), new(10.1, 10), new(10.1, 10.1), new(10, 10.1), new(10, 10)];
        Coordinate[] hole = [new(10.02, 10.02), new(10.02, 10.05), new(10.05, 10.05), new(10.05, 10.02), new(10.02, 10.02)];
        Polygon polygon = Geo.Factory.CreatePolygon(Geo.Factory.CreateLinearRing(shell), [Geo.Factory.CreateLinearRing(hole)]);
        double expected = GeodesicArea.OfRing(shell) - GeodesicArea.OfRing(hole);
        Assert.Equal(expected, GeodesicArea.Of(polygon), 1e-6);

        Polygon other = Geo.Factory.CreatePolygon([new(20, 0), new(20.1, 0), new(20.1, 0.1), new(20, 0)]);
        MultiPolygon multi = Geo.Factory.CreateMultiPolygon([polygon, other]);
        Assert.Equal(GeodesicArea.Of(polygon) + GeodesicArea.Of(other), GeodesicArea.Of(multi), 1e-6);
    }

    [Fact]
    public void Non_polygonal_and_empty_geometries_have_no_area()
    {
        Assert.Equal(0, GeodesicArea.Of(Geo.Point(1, 2)));
        Assert.Equal(0, GeodesicArea.Of(Geo.Factory.CreateLineString([new(0, 0), new(1, 1), new(1, 0)])));
        Assert.Equal(0, GeodesicArea.Of(Geo.Empty));
        Assert.Equal(0, GeodesicArea.Of(Geo.Factory.CreateMultiPolygon()));
        Assert.Equal(0, GeodesicArea.OfRing([]));
        Assert.Equal(0, GeodesicArea.OfRing([new Coordinate(3, 4)]));
    }

    [Fact]
    public void Inverse_matches_geodsolve()
    {
        // Oracle: echo 40.6 -73.8 49.01666667 2.55 | GeodSolve -i -p 9 (JFK to CDG).
        Geodesic.Wgs84.Inverse(40.6, -73.8, 49.01666667, 2.55, out double s12, out double azi1, out double azi2, out _, out _);
        Assert.Equal(5_853_226.255613290, s12, 1e-6);
        Assert.Equal(53.47021823943234, azi1, 1e-10);
        Assert.Equal(111.59366951402322, azi2, 1e-10);
    }

    [Property(MaxTest = 200)]
    public bool Orientation_start_vertex_and_closure_do_not_matter(int seed)
    {
        Coordinate[] ring = RandomRing.Create(new Random(seed)).Coordinates;
        double area = GeodesicArea.OfRing(ring);
        double tolerance = 1e-6 + 1e-12 * area;

        Coordinate[] reversed = [.. ring];
        Array.Reverse(reversed);
        int shift = Math.Abs(seed % ring.Length);
        Coordinate[] rotated = [.. ring[shift..], .. ring[..shift]];
        Coordinate[] closed = [.. ring, ring[0]];

        return area > 0
            && Math.Abs(GeodesicArea.OfRing(reversed) - area) <= tolerance
            && Math.Abs(GeodesicArea.OfRing(rotated) - area) <= tolerance
            && Math.Abs(GeodesicArea.OfRing(closed) - area) <= tolerance;
    }
}
