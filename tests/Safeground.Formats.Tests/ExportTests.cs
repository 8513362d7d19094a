using System.Globalization;
using System.Text;
using Safeground.Core.Import;
using Safeground.Formats.Csv;
using Safeground.Formats.Export;
using Safeground.Formats.GeoJson;

namespace Safeground.Formats.Tests;

public sealed class ExportTests : IDisposable
{
    private readonly string dir = TestData.TempDir();

    public void Dispose() => Directory.Delete(dir, true);

    [Fact]
    public void Hazards_round_trip_through_geojson()
    {
        var hazards = Samples.Hazards();
        var back = ReadGeoJson(s => GeoJsonExport.WriteHazards(s, hazards));

        Assert.Equal(hazards.Count, back.Count);
        for (int i = 0; i < hazards.Count; i++)
        {
            var h = hazards[i];
            var p = back[i].Properties;
            Assert.Null(back[i].ReadError);
            AssertGeometry(h.Remaining, back[i]);
            Assert.Equal(h.HazardId, p["hazard_id"]);
            Assert.Equal(h.Name, p["name"]);
            Assert.Equal("cha", p["class"]);
            Assert.Equal(h.RemainingM2, Number(p["remaining_m2"]));
            Assert.Equal(h.RemainingM2 / 10_000, Number(p["remaining_ha"]));
            Assert.Equal(h.CancelledM2, Number(p["cancelled_m2"]));
            Assert.Equal(h.ReleasedM2, Number(p["released_m2"]));
            Assert.Equal("ap-mine,small-arms-ammunition", p["suspected_categories"]);
            Assert.Equal(h.ClearanceDepthCm?.ToString(CultureInfo.InvariantCulture), p["clearance_depth_cm"]);
            Assert.Equal("2020-02-29", p["created_on"]);
        }

        Assert.Equal("in-progress", back[0].Properties["status"]);
        Assert.Equal("anti-personnel-mines", back[0].Properties["contamination_type"]); // as a survey stated it
        Assert.Null(back[1].Properties["contamination_type"]); // not stated
    }

    [Fact]
    public void Hazards_round_trip_through_csv_with_wkt()
    {
        var hazards = Samples.Hazards();
        var back = ReadCsv(s => CsvExport.WriteHazards(s, hazards));

        Assert.Equal(hazards.Count, back.Count);
        for (int i = 0; i < hazards.Count; i++)
        {
            Assert.Null(back[i].ReadError);
            AssertGeometry(hazards[i].Remaining, back[i]);
            Assert.Equal(hazards[i].Name, back[i].Properties["name"]);
            Assert.Equal(hazards[i].RemainingM2, Number(back[i].Properties["remaining_m2"]));
            Assert.Equal(hazards[i].OriginalM2 / 10_000, Number(back[i].Properties["original_ha"]));
        }
        Assert.Equal("anti-personnel-mines", back[0].Properties["contamination_type"]);
    }

    [Fact]
    public void Releases_round_trip_through_both()
    {
        var releases = Samples.Releases();
        foreach (var back in new[] { ReadGeoJson(s => GeoJsonExport.WriteReleases(s, releases)), ReadCsv(s => CsvExport.WriteReleases(s, releases)) })
        {
            Assert.Equal(releases.Count, back.Count);
            for (int i = 0; i < releases.Count; i++)
            {
                AssertGeometry(releases[i].Area, back[i]);
                Assert.Equal(releases[i].AreaM2, Number(back[i].Properties["area_m2"]));
                Assert.Equal(releases[i].ClaimedM2 / 10_000, Number(back[i].Properties["claimed_ha"]));
            }

            Assert.Equal("cleared", back[0].Properties["method"]);
            Assert.Equal("2024-05-17", back[0].Properties["date"]);
        }
    }

    [Fact]
    public void Finds_round_trip_through_both()
    {
        var finds = Samples.Finds();
        foreach (var back in new[] { ReadGeoJson(s => GeoJsonExport.WriteFinds(s, finds)), ReadCsv(s => CsvExport.WriteFinds(s, finds)) })
        {
            Assert.Equal(finds.Count, back.Count);
            for (int i = 0; i < finds.Count; i++)
            {
                AssertGeometry(finds[i].Find.Position, back[i]);
            }

            Assert.Equal("ap-mine", back[0].Properties["category"]);
            Assert.Equal("destroyed-in-situ", back[0].Properties["disposal"]);
            Assert.Equal("armed", back[0].Properties["condition"]);
            Assert.Equal("Brčko", back[0].Properties["region"]);
            Assert.Equal("3", back[0].Properties["quantity"]);
            Assert.Null(back[1].Properties["model"]);
            Assert.Null(back[1].Properties["depth_cm"]);
        }
    }

    [Fact]
    public void Accidents_carry_counts_and_no_personal_data()
    {
        var accidents = Samples.Accidents();
        foreach (var (text, back) in new[] { Export(s => GeoJsonExport.WriteAccidents(s, accidents)), Export(s => CsvExport.WriteAccidents(s, accidents)) })
        {
            foreach (string secret in new[] { "Secret", "Other Person", "Hidden", "1980", "1990", "medic", "leg" })
            {
                Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            }

            var p = Assert.Single(back).Properties;
            Assert.Equal("1", p["killed"]);
            Assert.Equal("2", p["injured"]);
            Assert.Equal("mine-detection-dogs", p["asset_at_time"]);
            Assert.Equal("true", p["is_demining"]);
            Assert.Equal("2023-03-04T10:30:00+01:00", p["occurred_at"]);
            AssertGeometry(accidents[0].Accident.Position, back[0]);
        }
    }

    [Fact]
    public void Gdal_reads_the_exports_with_the_right_counts()
    {
        if (!Ogr.Available("ogrinfo"))
        {
            return;
        }

        var hazards = Samples.Hazards();
        var finds = Samples.Finds();
        Assert.Equal(3, Ogr.FeatureCount(Ogr.Run("ogrinfo", "-ro", "-al", "-so", Save("hazards.geojson", s => GeoJsonExport.WriteHazards(s, hazards)))));
        Assert.Equal(2, Ogr.FeatureCount(Ogr.Run("ogrinfo", "-ro", "-al", "-so", Save("finds.geojson", s => GeoJsonExport.WriteFinds(s, finds)))));

        string csvFinds = Save("finds.csv", s => CsvExport.WriteFinds(s, finds));
        string info = Ogr.Run("ogrinfo", "-ro", "-al", "-so", "-oo", "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat", csvFinds);
        Assert.Equal(2, Ogr.FeatureCount(info));
        Assert.Contains("Geometry: Point", info, StringComparison.Ordinal);

        string csvHazards = Save("hazards.csv", s => CsvExport.WriteHazards(s, hazards));
        info = Ogr.Run("ogrinfo", "-ro", "-al", "-so", "-oo", "GEOM_POSSIBLE_NAMES=wkt", "-oo", "KEEP_GEOM_COLUMNS=NO", csvHazards);
        Assert.Equal(3, Ogr.FeatureCount(info));
        Assert.Contains("Extent: (17.123457, 44.100000) - (18.400000, 45.100000)", info, StringComparison.Ordinal);
    }

    private static void AssertGeometry(NetTopologySuite.Geometries.Geometry expected, SourceFeature actual)
    {
        if (expected.IsEmpty)
        {
            Assert.Null(actual.Geometry);
            return;
        }

        Assert.NotNull(actual.Geometry);
        Assert.True(expected.EqualsExact(actual.Geometry), $"{expected} vs {actual.Geometry}");
    }

    private static double Number(string? text) => double.Parse(text!, CultureInfo.InvariantCulture);

    private static List<SourceFeature> ReadGeoJson(Action<Stream> write) =>
        GeoJsonFeatureReader.Read(new MemoryStream(Bytes(write)), "export.geojson").ToList();

    private static List<SourceFeature> ReadCsv(Action<Stream> write) =>
        CsvFeatureReader.Read(new MemoryStream(Bytes(write)), "export.csv").ToList();

    private static (string Text, List<SourceFeature> Back) Export(Action<Stream> write)
    {
        byte[] bytes = Bytes(write);
        string text = Encoding.UTF8.GetString(bytes);
        var back = text.StartsWith('{') ? ReadGeoJson(write) : ReadCsv(write);
        return (text, back);
    }

    private static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    private string Save(string name, Action<Stream> write)
    {
        string path = Path.Combine(dir, name);
        using (var file = File.Create(path))
        {
            write(file);
        }

        return path;
    }
}
