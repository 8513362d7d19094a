using System.IO.Compression;
using Safeground.Core.Import;
using Safeground.Formats.Export;
using Safeground.Formats.Shapefile;

namespace Safeground.Formats.Tests;

public sealed class ShapefileExchangeTests : IDisposable
{
    private readonly string dir = TestData.TempDir();

    public void Dispose() => Directory.Delete(dir, true);

    [Theory]
    [InlineData("hazards.shp")]
    [InlineData("hazards.zip")]
    public void Hazards_round_trip_with_their_fields(string file)
    {
        var hazards = Samples.Hazards();
        string path = Path.Combine(dir, file);
        ShapefileExport.WriteHazards(path, hazards);
        var back = ShapefileFeatureReader.Read(path).ToList();

        Assert.Equal(hazards.Count, back.Count);
        for (int i = 0; i < hazards.Count; i++)
        {
            var h = hazards[i];
            ExchangeAssert.SameGeometry(h.Remaining, back[i]);
            ExchangeAssert.Text(h.HazardId, back[i], "hazard_id");
            ExchangeAssert.Text(h.Name, back[i], "name");
            ExchangeAssert.Text("ORG-1", back[i], "organisation_id");
            ExchangeAssert.Text("ORG-1", back[i], "org_id");
            ExchangeAssert.Number(h.RemainingM2, back[i], "remaining_m2", 1e-9);
            ExchangeAssert.Number(h.OriginalM2 / 10_000, back[i], "original_ha", 1e-9);
            ExchangeAssert.Text("ap-mine,small-arms-ammunition", back[i], "suspected_categories");
            ExchangeAssert.Number(h.ClearanceDepthCm, back[i], "clearance_depth_cm");
            ExchangeAssert.Text("2020-02-29", back[i], "created_on");
            ExchangeAssert.Text("4", back[i], "report_count");
        }

        ExchangeAssert.Text("in-progress", back[0], "status");
        Assert.Equal("record 1", back[0].Where);
        Assert.Equal(file.EndsWith(".zip", StringComparison.Ordinal) ? ["hazards.zip"] : new[] { "hazards.cpg", "hazards.dbf", "hazards.prj", "hazards.shp", "hazards.shx" },
            Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Releases_finds_and_accidents_round_trip()
    {
        var releases = Samples.Releases();
        var back = Trip("released.shp", p => ShapefileExport.WriteReleases(p, releases));
        for (int i = 0; i < releases.Count; i++)
        {
            ExchangeAssert.SameGeometry(releases[i].Area, back[i]);
            ExchangeAssert.Number(releases[i].AreaM2, back[i], "area_m2", 1e-9);
        }

        ExchangeAssert.Text("cleared", back[0], "method");
        ExchangeAssert.Text("2024-05-17", back[0], "date");

        var finds = Samples.Finds();
        back = Trip("finds.zip", p => ShapefileExport.WriteFinds(p, finds));
        for (int i = 0; i < finds.Count; i++)
        {
            Assert.True(finds[i].Find.Position.EqualsExact(back[i].Geometry));
        }

        ExchangeAssert.Text("ap-mine", back[0], "category");
        ExchangeAssert.Text("3", back[0], "quantity");
        ExchangeAssert.Text("Brčko", back[0], "region");
        ExchangeAssert.Text("destroyed-in-situ", back[0], "disposal");
        ExchangeAssert.Text(null, back[1], "model");
        ExchangeAssert.Text(null, back[1], "depth_cm");

        var accident = Assert.Single(Trip("accidents.shp", p => ShapefileExport.WriteAccidents(p, Samples.Accidents())));
        ExchangeAssert.Text("1", accident, "killed");
        ExchangeAssert.Text("2", accident, "injured");
        ExchangeAssert.Text("true", accident, "is_demining");
        ExchangeAssert.Text("mine-detection-dogs", accident, "asset_at_time");
        foreach (var secret in new[] { "Secret", "Other Person", "Hidden" })
        {
            Assert.DoesNotContain(accident.Properties.Values, v => v?.Contains(secret, StringComparison.Ordinal) == true);
        }
    }

    [Fact]
    public void Field_names_fit_dbase_and_are_the_documented_ones()
    {
        foreach (var (longName, shortName) in ShapefileFieldNames.Table)
        {
            Assert.True(shortName.Length <= ShapefileFieldNames.MaxLength, shortName);
            Assert.Equal(longName, ShapefileFieldNames.LongName(shortName));
        }

        Assert.Equal(ShapefileFieldNames.Table.Count, ShapefileFieldNames.Table.Values.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(["org_id", "name", "ground_in_", "ground_i_2", "ground_i_3"],
            ShapefileFieldNames.For(["organisation_id", "name", "ground_in_winter", "ground_in_spring", "ground_in_summer"]));

        string guide = File.ReadAllText(Path.Combine(TestData.RepoRoot, "docs", "user-guide.md"));
        foreach (var (longName, shortName) in ShapefileFieldNames.Table)
        {
            Assert.Contains($"| {longName} | {shortName} |", guide, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_shapefile_without_its_dbf_is_refused_by_name()
    {
        string path = Path.Combine(dir, "finds.shp");
        ShapefileExport.WriteFinds(path, Samples.Finds());
        File.Delete(Path.Combine(dir, "finds.dbf"));

        var e = Assert.Throws<FormatException>(() => ShapefileFeatureReader.Read(path).ToList());
        Assert.Equal($"{path}: no .dbf beside it (a shapefile needs its .shp, .shx and .dbf)", e.Message);
    }

    [Fact]
    public void A_projected_prj_is_refused_naming_its_crs()
    {
        string path = Path.Combine(dir, "finds.shp");
        ShapefileExport.WriteFinds(path, Samples.Finds());
        File.WriteAllText(Path.Combine(dir, "finds.prj"),
            "PROJCS[\"WGS_1984_UTM_Zone_34N\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],UNIT[\"Meter\",1.0]]");

        var e = Assert.Throws<FormatException>(() => ShapefileFeatureReader.Read(path).ToList());
        Assert.StartsWith($"{path}: the .prj says the coordinates are in WGS_1984_UTM_Zone_34N, not WGS84", e.Message, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(dir, "finds.prj"),
            "GEOGCS[\"MGI\",DATUM[\"Militar_Geographische_Institute\",SPHEROID[\"Bessel 1841\",6377397.155,299.1528128]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]");
        e = Assert.Throws<FormatException>(() => ShapefileFeatureReader.Read(path).ToList());
        Assert.Contains("are in MGI, not WGS84", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_with_several_shapefiles_asks_for_one()
    {
        ShapefileExport.WriteFinds(Path.Combine(dir, "finds.shp"), Samples.Finds());
        ShapefileExport.WriteHazards(Path.Combine(dir, "hazards.shp"), Samples.Hazards());
        string zip = Path.Combine(dir, "both.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var file in Directory.GetFiles(dir).Where(f => !f.EndsWith(".zip", StringComparison.Ordinal)))
            {
                archive.CreateEntryFromFile(file, "export/" + Path.GetFileName(file));
            }
        }

        var e = Assert.Throws<FormatException>(() => ShapefileFeatureReader.Read(zip).ToList());
        Assert.Contains("several shapefiles in the zip", e.Message, StringComparison.Ordinal);
        Assert.Equal(2, ShapefileFeatureReader.Read(zip, "finds").Count());
        Assert.Equal(3, ShapefileFeatureReader.Read(zip, "hazards").Count());
    }

    private List<SourceFeature> Trip(string file, Action<string> write)
    {
        string path = Path.Combine(dir, file);
        write(path);
        return ShapefileFeatureReader.Read(path).ToList();
    }
}
