using NetTopologySuite.Geometries;
using Safeground.Core.Spatial;
using Safeground.Core.Import;
using Safeground.Formats.GeoJson;

namespace Safeground.Formats.Tests;

public class GeoJsonBihTests
{
    [Fact]
    public void Suspect_areas_read_whole_with_null_and_empty_geometries()
    {
        var features = GeoJsonFeatureReader.Read(TestData.Bih("suspect_areas.geojson")).ToList();

        Assert.Equal(11_068, features.Count);
        Assert.All(features, f => Assert.Null(f.ReadError));
        Assert.Equal(3_094, features.Count(f => f.Geometry is null));
        Assert.Equal(Enumerable.Range(0, 11_068).Select(i => (long)i), features.Select(f => f.Index));
        Assert.Equal("feature 4305", features[4305].Where);

        // The three MultiPolygons of this file have no polygons at all ("coordinates": []).
        var multi = features.Where(f => f.Geometry is MultiPolygon).ToList();
        Assert.Equal(3, multi.Count);
        Assert.All(multi, f => Assert.True(f.Geometry!.IsEmpty));
        Assert.Equal(7_971, features.Count(f => f.Geometry is Polygon));
        Assert.All(features.Where(f => f.Geometry != null), f => Assert.Equal(Geo.Wgs84, f.Geometry!.SRID));
        Assert.All(features.Where(f => f.Geometry != null), f => Assert.Same(Geo.Factory, f.Geometry!.Factory));
        Assert.Equal("Suspected Minefield", features[0].Properties["typeArea"]);
        Assert.Equal("2585-III", features[0].Properties["fileId"]);
    }

    [Theory]
    [InlineData("incidents.geojson", 1_442)]
    [InlineData("lifted_minefields.geojson", 925)]
    public void Point_files_read_whole(string file, int count)
    {
        var features = GeoJsonFeatureReader.Read(TestData.Bih(file)).ToList();

        Assert.Equal(count, features.Count);
        Assert.All(features, f => Assert.IsType<Point>(f.Geometry));
        Assert.All(features, f => Assert.Null(f.ReadError));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(13)]
    [InlineData(100)]
    [InlineData(4096)]
    public void Tiny_buffers_give_the_same_features_as_a_big_one(int bufferSize)
    {
        string path = TestData.Bih("suspect_areas.geojson");
        using var big = File.OpenRead(path);
        using var small = File.OpenRead(path);

        var expected = GeoJsonFeatureReader.Read(big, path, 1 << 24).ToList();
        var actual = GeoJsonFeatureReader.Read(small, path, bufferSize).ToList();

        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            AssertSame(expected[i], actual[i]);
        }
    }

    internal static void AssertSame(SourceFeature expected, SourceFeature actual)
    {
        Assert.Equal(expected.Index, actual.Index);
        Assert.Equal(expected.Where, actual.Where);
        Assert.Equal(expected.ReadError, actual.ReadError);
        Assert.Equal(expected.Geometry?.AsText(), actual.Geometry?.AsText());
        Assert.True(expected.Geometry is null ? actual.Geometry is null : expected.Geometry.EqualsExact(actual.Geometry));
        Assert.Equal(expected.Properties.OrderBy(p => p.Key, StringComparer.Ordinal), actual.Properties.OrderBy(p => p.Key, StringComparer.Ordinal));
    }
}
