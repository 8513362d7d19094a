using Safeground.Formats.GeoJson;
using Safeground.Formats.GeoPackage;
namespace Safeground.Formats.Tests;

public sealed class GeoPackageLayerReaderTests : IDisposable
{
    private readonly string dir = TestData.TempDir();

    public void Dispose() => Directory.Delete(dir, true);

    [Fact]
    public void A_gpkg_made_by_gdal_reads_like_the_geojson_it_came_from()
    {
        if (!Ogr.Available("ogr2ogr"))
        {
            return;
        }

        string source = TestData.Bih("suspect_areas.geojson");
        string gpkg = Path.Combine(dir, "suspect.gpkg");
        Ogr.Run("ogr2ogr", "-f", "GPKG", gpkg, source, "-nln", "suspect_areas");

        var expected = GeoJsonFeatureReader.Read(source).ToList();
        var actual = GeoPackageLayerReader.Read(gpkg, null).ToList();

        // ogr2ogr keeps the features without geometry (a NULL blob) and their order; fids count from 1.
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal("layer suspect_areas, fid 1", actual[0].Where);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Null(actual[i].ReadError);
            Assert.Equal(expected[i].Geometry is null, actual[i].Geometry is null);
            if (expected[i].Geometry is { } geometry)
            {
                Assert.True(geometry.EqualsExact(actual[i].Geometry), $"feature {i}: {geometry} vs {actual[i].Geometry}");
                Assert.Equal(4326, actual[i].Geometry!.SRID);
            }

            Assert.Equal(expected[i].Properties["fileId"], actual[i].Properties["fileId"]);
            Assert.Equal(expected[i].Properties["typeArea"], actual[i].Properties["typeArea"]);
        }
    }

    [Fact]
    public void Several_layers_need_a_name_and_an_unknown_name_lists_them()
    {
        if (!Ogr.Available("ogr2ogr"))
        {
            return;
        }

        string gpkg = Path.Combine(dir, "two.gpkg");
        Ogr.Run("ogr2ogr", "-f", "GPKG", gpkg, TestData.Bih("incidents.geojson"), "-nln", "incidents");
        Ogr.Run("ogr2ogr", "-update", "-f", "GPKG", gpkg, TestData.Bih("lifted_minefields.geojson"), "-nln", "lifted");

        Assert.Equal(["incidents", "lifted"], GeoPackageLayerReader.Layers(gpkg));
        var several = Assert.Throws<ArgumentException>(() => GeoPackageLayerReader.Read(gpkg, null).ToList());
        Assert.Contains("incidents, lifted", several.Message, StringComparison.Ordinal);
        var unknown = Assert.Throws<ArgumentException>(() => GeoPackageLayerReader.Read(gpkg, "finds").ToList());
        Assert.Contains("no feature layer \"finds\"", unknown.Message, StringComparison.Ordinal);

        var lifted = GeoPackageLayerReader.Read(gpkg, "lifted").ToList();
        Assert.Equal(925, lifted.Count);
        Assert.Equal("layer lifted, fid 925", lifted[^1].Where);
    }

    [Fact]
    public void A_layer_not_in_wgs84_is_refused_by_name()
    {
        if (!Ogr.Available("ogr2ogr"))
        {
            return;
        }

        string gpkg = Path.Combine(dir, "mercator.gpkg");
        Ogr.Run("ogr2ogr", "-f", "GPKG", gpkg, TestData.Bih("incidents.geojson"), "-t_srs", "EPSG:3857", "-nln", "incidents");

        var error = Assert.Throws<NotSupportedException>(() => GeoPackageLayerReader.Read(gpkg, null).ToList());
        Assert.Contains("EPSG:3857", error.Message, StringComparison.Ordinal);
        Assert.Contains("not EPSG:4326", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_a_geopackage_is_a_format_error()
    {
        string path = Path.Combine(dir, "not.gpkg");
        File.WriteAllText(path, "hello");
        Assert.Throws<FormatException>(() => GeoPackageLayerReader.Read(path, null).ToList());
        Assert.Throws<FileNotFoundException>(() => GeoPackageLayerReader.Read(Path.Combine(dir, "missing.gpkg")));
    }
}
