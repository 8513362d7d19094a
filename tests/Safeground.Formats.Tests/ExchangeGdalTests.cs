using NetTopologySuite.Geometries;
using Safeground.Core.Import;
using Safeground.Formats.Export;
using Safeground.Formats.GeoJson;
using Safeground.Formats.Kml;
using Safeground.Formats.Shapefile;

namespace Safeground.Formats.Tests;

/// <summary>GDAL as the independent client: it reads our KML and shapefiles, and we read the ones it writes.</summary>
public sealed class ExchangeGdalTests : IDisposable
{
    private readonly string dir = TestData.TempDir();

    public void Dispose() => Directory.Delete(dir, true);

    [Fact]
    public void Gdal_reads_our_kml_and_shapefiles_with_the_same_features()
    {
        if (!Ogr.Available("ogrinfo") || !Ogr.Available("ogr2ogr"))
        {
            return;
        }

        var hazards = Samples.Hazards();
        string kml = Path.Combine(dir, "hazards.kml");
        using (var file = File.Create(kml))
        {
            KmlExport.WriteHazards(file, hazards);
        }

        string info = Ogr.Run("ogrinfo", "-ro", "-al", "-so", kml);
        Assert.Equal(3, Ogr.FeatureCount(info));
        Assert.Contains("remaining_m2: Real", info, StringComparison.Ordinal);
        Assert.Contains("clearance_depth_cm: Integer", info, StringComparison.Ordinal);

        string shp = Path.Combine(dir, "hazards.shp");
        ShapefileExport.WriteHazards(shp, hazards);
        info = Ogr.Run("ogrinfo", "-ro", "-al", "-so", shp);
        Assert.Equal(3, Ogr.FeatureCount(info));
        Assert.Contains("Geometry: Polygon", info, StringComparison.Ordinal);
        Assert.Contains("GEOGCRS[\"WGS 84\"", info, StringComparison.Ordinal);
        Assert.Contains("org_id: String", info, StringComparison.Ordinal);
        Assert.Contains("remain_m2: Real", info, StringComparison.Ordinal);

        // GDAL's reading of each, as GeoJSON, is our features: geometry and fields.
        foreach (var (source, organisation) in new[] { (kml, "organisation_id"), (shp, "org_id") })
        {
            var back = ThroughGeoJson(source);
            Assert.Equal(hazards.Count, back.Count);
            for (int i = 0; i < hazards.Count; i++)
            {
                ExchangeAssert.SameGeometry(hazards[i].Remaining, back[i]);
                ExchangeAssert.Text(hazards[i].Name, back[i], source == kml ? "Name" : "name");
                ExchangeAssert.Text("ORG-1", back[i], organisation);
                ExchangeAssert.Number(hazards[i].RemainingM2, back[i], source == kml ? "remaining_m2" : "remain_m2", 1e-9);
            }
        }

        string finds = Path.Combine(dir, "finds.zip");
        ShapefileExport.WriteFinds(finds, Samples.Finds());
        info = Ogr.Run("ogrinfo", "-ro", "-al", "-so", "/vsizip/" + finds);
        Assert.Equal(2, Ogr.FeatureCount(info));
        Assert.Contains("Geometry: Point", info, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("incidents.geojson", "KML", ".kml")]
    [InlineData("incidents.geojson", "ESRI Shapefile", ".shp")]
    [InlineData("suspect_areas.geojson", "KML", ".kml")]
    [InlineData("suspect_areas.geojson", "ESRI Shapefile", ".shp")]
    public void We_read_what_gdal_writes_with_the_same_features(string data, string driver, string extension)
    {
        if (!Ogr.Available("ogr2ogr"))
        {
            return;
        }

        string source = TestData.Bih(data);
        string target = Path.Combine(dir, Path.GetFileNameWithoutExtension(data) + extension);
        Ogr.Run("ogr2ogr", "-f", driver, target, source);
        var expected = GeoJsonFeatureReader.Read(source).ToList();
        var actual = extension == ".kml" ? KmlFeatureReader.Read(target).ToList() : ShapefileFeatureReader.Read(target).ToList();

        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            // GDAL writes KML with 15 significant digits: a sliver of a few cm² changes its area by more than 1e-6.
            ExchangeAssert.SameGeometry(Simple(expected[i].Geometry), actual[i] with { Geometry = Simple(actual[i].Geometry) }, absoluteM2: 0.01);
            ExchangeAssert.Text(expected[i].Properties["typeArea"], actual[i], "typeArea");
            ExchangeAssert.Text(expected[i].Properties["fileId"], actual[i], "fileId");
        }
    }

    [Fact]
    public void A_gdal_shapefile_in_a_code_page_reads_in_its_letters()
    {
        if (!Ogr.Available("ogr2ogr"))
        {
            return;
        }

        string source = Path.Combine(dir, "named.geojson");
        File.WriteAllText(source, """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Čelić, Đurđevik"},"geometry":{"type":"Point","coordinates":[18.8,44.7]}}]}""");
        string target = Path.Combine(dir, "named.shp");
        Ogr.Run("ogr2ogr", "-f", "ESRI Shapefile", "-lco", "ENCODING=CP1250", target, source);
        Assert.Equal("CP1250", File.ReadAllText(Path.Combine(dir, "named.cpg")).Trim());

        var feature = Assert.Single(ShapefileFeatureReader.Read(target));
        Assert.Equal("Čelić, Đurđevik", feature.Properties["name"]);
    }

    [Fact]
    public void A_shapefile_in_utm_is_refused_naming_the_crs()
    {
        if (!Ogr.Available("ogr2ogr"))
        {
            return;
        }

        string target = Path.Combine(dir, "utm.shp");
        Ogr.Run("ogr2ogr", "-f", "ESRI Shapefile", "-t_srs", "EPSG:32634", target, TestData.Bih("incidents.geojson"));

        var e = Assert.Throws<FormatException>(() => ShapefileFeatureReader.Read(target).ToList());
        Assert.StartsWith($"{target}: the .prj says the coordinates are in WGS_1984_UTM_Zone_34N, not WGS84", e.Message, StringComparison.Ordinal);

        File.Delete(Path.Combine(dir, "utm.prj"));
        e = Assert.Throws<FormatException>(() => ShapefileFeatureReader.Read(target).ToList());
        Assert.StartsWith($"{target}: no .prj, and the coordinates (", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gdal_shapefile_with_a_polygon_of_two_points_names_the_record_and_reads_on()
    {
        if (!Ogr.Available("ogr2ogr"))
        {
            return;
        }

        string source = Path.Combine(dir, "thin.geojson");
        File.WriteAllText(source, """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"name":"Thin"},"geometry":{"type":"Polygon","coordinates":[[[18.1,44.1],[18.2,44.1],[18.1,44.1]]]}},
            {"type":"Feature","properties":{"name":"Good"},"geometry":{"type":"Polygon","coordinates":[[[18.3,44.3],[18.4,44.3],[18.4,44.4],[18.3,44.3]]]}}]}
            """);
        string target = Path.Combine(dir, "thin.shp");
        Ogr.Run("ogr2ogr", "-f", "ESRI Shapefile", target, source);

        var features = ShapefileFeatureReader.Read(target).ToList();
        Assert.Equal(2, features.Count);
        Assert.Equal("record 1", features[0].Where);
        Assert.Equal("Thin", features[0].Properties["name"]);
        Assert.Equal("a ring of this shape has fewer than 3 distinct points", features[0].ReadError);
        Assert.Null(features[0].Geometry); // the library made it a ring at 0,0
        Assert.Null(features[1].ReadError);
        Assert.Equal("Good", features[1].Properties["name"]);
        Assert.IsType<Polygon>(features[1].Geometry);
    }

    private List<SourceFeature> ThroughGeoJson(string source)
    {
        string target = Path.Combine(dir, Path.GetFileName(source) + ".geojson");
        Ogr.Run("ogr2ogr", "-f", "GeoJSON", target, source);
        return GeoJsonFeatureReader.Read(target).ToList();
    }

    /// <summary>A one-part multi-polygon is its polygon: GeoJSON and shapefiles say the same shape both ways.</summary>
    private static Geometry? Simple(Geometry? geometry) => geometry is MultiPolygon { NumGeometries: 1 } m ? m.GetGeometryN(0) : geometry;
}
