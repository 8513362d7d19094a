using System.IO.Compression;
using System.Text;
using Safeground.Core.Import;
using Safeground.Formats.Export;
using Safeground.Formats.Kml;

namespace Safeground.Formats.Tests;

public sealed class KmlExchangeTests : IDisposable
{
    private readonly string dir = TestData.TempDir();

    public void Dispose() => Directory.Delete(dir, true);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Hazards_round_trip_with_their_fields(bool kmz)
    {
        var hazards = Samples.Hazards();
        var back = RoundTrip(s => KmlExport.WriteHazards(s, hazards), kmz);

        Assert.Equal(hazards.Count, back.Count);
        for (int i = 0; i < hazards.Count; i++)
        {
            var h = hazards[i];
            ExchangeAssert.SameGeometry(h.Remaining, back[i]);
            Assert.True(h.Remaining.EqualsExact(back[i].Geometry ?? Core.Spatial.Geo.Empty), "KML keeps rings as they were");
            ExchangeAssert.Text(h.HazardId, back[i], "hazard_id");
            ExchangeAssert.Text(h.Name, back[i], "name");
            ExchangeAssert.Text("cha", back[i], "class");
            ExchangeAssert.Number(h.RemainingM2, back[i], "remaining_m2");
            ExchangeAssert.Number(h.CancelledM2 / 10_000, back[i], "cancelled_ha");
            ExchangeAssert.Text("ap-mine,small-arms-ammunition", back[i], "suspected_categories");
            ExchangeAssert.Number(h.ClearanceDepthCm, back[i], "clearance_depth_cm");
            ExchangeAssert.Text("2020-02-29", back[i], "created_on");
        }

        ExchangeAssert.Text("in-progress", back[0], "status");
        Assert.Contains("Čelić", back[0].Where, StringComparison.Ordinal);
    }

    [Fact]
    public void Releases_finds_and_accidents_round_trip()
    {
        var releases = Samples.Releases();
        var back = RoundTrip(s => KmlExport.WriteReleases(s, releases), kmz: false);
        for (int i = 0; i < releases.Count; i++)
        {
            ExchangeAssert.SameGeometry(releases[i].Area, back[i]);
            ExchangeAssert.Number(releases[i].AreaM2, back[i], "area_m2");
        }

        ExchangeAssert.Text("cleared", back[0], "method");

        var finds = Samples.Finds();
        back = RoundTrip(s => KmlExport.WriteFinds(s, finds), kmz: true);
        for (int i = 0; i < finds.Count; i++)
        {
            Assert.True(finds[i].Find.Position.EqualsExact(back[i].Geometry));
        }

        ExchangeAssert.Text("ap-mine", back[0], "category");
        ExchangeAssert.Text("3", back[0], "quantity");
        ExchangeAssert.Text("Brčko", back[0], "region");
        ExchangeAssert.Text(null, back[1], "model");

        var accidents = Samples.Accidents();
        var text = Encoding.UTF8.GetString(Bytes(s => KmlExport.WriteAccidents(s, accidents)));
        foreach (var secret in new[] { "Secret", "Other Person", "Hidden", "1980", "medic" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        var accident = Assert.Single(RoundTrip(s => KmlExport.WriteAccidents(s, accidents), kmz: false));
        ExchangeAssert.Text("1", accident, "killed");
        ExchangeAssert.Text("2", accident, "injured");
        ExchangeAssert.Text("true", accident, "is_demining");
    }

    [Fact]
    public void Styles_say_what_the_land_is()
    {
        var text = Encoding.UTF8.GetString(Bytes(s => KmlExport.WriteHazards(s, Samples.Hazards())));
        Assert.Contains("<styleUrl>#status-in-progress</styleUrl>", text, StringComparison.Ordinal);
        Assert.Contains("<styleUrl>#status-open</styleUrl>", text, StringComparison.Ordinal);
        Assert.Contains("<Style id=\"status-open\">", text, StringComparison.Ordinal);
        Assert.Contains("<color>7f0000ff</color>", text, StringComparison.Ordinal); // open: red
        text = Encoding.UTF8.GetString(Bytes(s => KmlExport.WriteReleases(s, Samples.Releases())));
        Assert.Contains("<styleUrl>#method-cleared</styleUrl>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Google_earth_data_multi_geometry_and_unclosed_rings_are_read()
    {
        const string Kml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <kml xmlns="http://www.opengis.net/kml/2.2"><Document><Folder>
              <Placemark><name>Field A</name><description>seen by shepherd</description>
                <ExtendedData><Data name="class"><value>sha</value></Data><Data name="blank"><value></value></Data></ExtendedData>
                <MultiGeometry>
                  <Polygon><outerBoundaryIs><LinearRing><coordinates>18.1,44.1,0 18.2,44.1,0 18.2,44.2,0</coordinates></LinearRing></outerBoundaryIs></Polygon>
                  <Polygon><outerBoundaryIs><LinearRing><coordinates>
                      18.3,44.3 18.4,44.3 18.4,44.4 18.3,44.3
                  </coordinates></LinearRing></outerBoundaryIs></Polygon>
                </MultiGeometry>
              </Placemark>
              <Placemark><Point><coordinates>17.5,44.5</coordinates></Point></Placemark>
            </Folder></Document></kml>
            """;
        var features = KmlFeatureReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Kml)), "field.kml").ToList();

        Assert.Equal(2, features.Count);
        var a = features[0];
        Assert.Null(a.ReadError);
        Assert.True(Samples.TwoParts.EqualsExact(a.Geometry), a.Geometry?.ToString());
        Assert.Equal("Field A", a.Properties["name"]);
        Assert.Equal("seen by shepherd", a.Properties["description"]);
        Assert.Equal("sha", a.Properties["class"]);
        Assert.Null(a.Properties["blank"]);
        Assert.Equal("placemark 1 (Field A)", a.Where);
        Assert.Equal("placemark 2", features[1].Where);
        Assert.Equal("POINT (17.5 44.5)", features[1].Geometry!.AsText());
    }

    [Fact]
    public void A_polygon_of_two_points_is_named_and_reading_goes_on()
    {
        const string Kml = """
            <kml xmlns="http://www.opengis.net/kml/2.2"><Document>
              <Placemark><name>Thin</name><Polygon><outerBoundaryIs><LinearRing><coordinates>18.1,44.1 18.2,44.1 18.1,44.1</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
              <Placemark><name>Bad number</name><Point><coordinates>18.1;44.1</coordinates></Point></Placemark>
              <Placemark><name>Good</name><Point><coordinates>18.1,44.1</coordinates></Point></Placemark>
            </Document></kml>
            """;
        var features = KmlFeatureReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Kml)), "thin.kml").ToList();

        Assert.Equal(3, features.Count);
        Assert.Equal("placemark 1 (Thin)", features[0].Where);
        Assert.Equal("ring with 2 points (a polygon needs at least 3)", features[0].ReadError);
        Assert.Null(features[0].Geometry);
        Assert.Contains("18.1;44.1", features[1].ReadError, StringComparison.Ordinal);
        Assert.Null(features[2].ReadError);
    }

    [Fact]
    public void A_broken_file_names_the_file_and_line()
    {
        const string Kml = "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>\n<Placemark><name>ok</name><Point><coordinates>18,44</coordinates></Point></Placemark>\n<Placemark><name>cut</name>\n<Point><coordinates>18,44</coordinates></Point>\n</Document></kml>";
        var features = KmlFeatureReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Kml)), "broken.kml");

        var e = Assert.Throws<FormatException>(() => features.ToList());
        Assert.StartsWith("broken.kml: line 5,", e.Message, StringComparison.Ordinal);

        e = Assert.Throws<FormatException>(() => KmlFeatureReader.Read(new MemoryStream("<html><body/></html>"u8.ToArray()), "page.kml").ToList());
        Assert.Equal("page.kml: not KML (the first element is <html>)", e.Message);
    }

    [Fact]
    public void A_kmz_without_kml_is_refused_by_name()
    {
        string path = Path.Combine(dir, "empty.kmz");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            zip.CreateEntry("images/icon.png");
        }

        var e = Assert.Throws<FormatException>(() => KmlFeatureReader.Read(path).ToList());
        Assert.Equal($"{path}: the KMZ holds no .kml file", e.Message);
    }

    private List<SourceFeature> RoundTrip(Action<Stream> write, bool kmz)
    {
        string path = Path.Combine(dir, kmz ? "out.kmz" : "out.kml");
        using (var file = File.Create(path))
        {
            if (kmz) KmlExport.Zipped(file, write);
            else write(file);
        }

        return KmlFeatureReader.Read(path).ToList();
    }

    private static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
