using System.Globalization;
using System.Text.Json;

namespace Safeground.Cli.Tests;

/// <summary>
/// KML, KMZ and Shapefile through the commands a data manager runs: the demo's hazards and finds go out and come back
/// in with their shapes and fields, and a bad file stops the import by name with nothing stored.
/// </summary>
public class ExchangeFormatTests
{
    [Theory]
    [InlineData("hazards.kml")]
    [InlineData("hazards.kmz")]
    [InlineData("hazards.zip")]
    [InlineData("hazards.shp")]
    public void Demo_hazards_go_out_and_come_back_with_their_shapes_and_fields(string file)
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        Ok(CliRun.Run(dir.Path, "export", file, "--store", "s.gpkg", "--layer", "hazards"));
        Ok(CliRun.Run(dir.Path, "export", "before.geojson", "--store", "s.gpkg", "--layer", "hazards"));
        var before = Features(dir.File("before.geojson"));
        int withLand = before.Count(f => f.GetProperty("geometry").ValueKind != JsonValueKind.Null);

        var r = CliRun.Run(dir.Path, "import", file, "--store", "back.gpkg", "--as", "hazards", "--min-area", "0", "--json");
        Ok(r);
        var summary = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal(before.Count, summary.GetProperty("read").GetInt64());
        Assert.Equal(withLand, summary.GetProperty("imported").GetInt64() + summary.GetProperty("heldBack").GetInt64());
        Assert.Equal(0, summary.GetProperty("repaired").GetInt64());
        Assert.Equal(before.Count - withLand, summary.GetProperty("rejected").GetInt64()); // fully released: nothing left to draw

        Ok(CliRun.Run(dir.Path, "export", "after.geojson", "--store", "back.gpkg", "--layer", "hazards"));
        var after = Features(dir.File("after.geojson"));
        Assert.NotEmpty(after);
        var exported = before.ToDictionary(f => Text(f, "hazard_id")!);
        foreach (var hazard in after)
        {
            var was = exported[Text(hazard, "hazard_id")!];
            Assert.Equal(Text(was, "name"), Text(hazard, "name"));
            Assert.Equal(Text(was, "region"), Text(hazard, "region"));
            Assert.Equal(Text(was, "class"), Text(hazard, "class"));
            double remaining = Number(was, "remaining_m2");
            Assert.True(Math.Abs(Number(hazard, "original_m2") - remaining) <= 1e-6 * remaining, $"{Text(hazard, "hazard_id")}: {remaining} m² went out, {Number(hazard, "original_m2")} came back");
        }
    }

    [Theory]
    [InlineData("finds.kml")]
    [InlineData("finds.kmz")]
    [InlineData("finds.zip")]
    public void Demo_finds_go_out_and_come_back_with_their_positions_and_fields(string file)
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        Ok(CliRun.Run(dir.Path, "export", file, "--store", "s.gpkg", "--layer", "finds"));
        Ok(CliRun.Run(dir.Path, "export", "before.geojson", "--store", "s.gpkg", "--layer", "finds"));
        Ok(CliRun.Run(dir.Path, "import", file, "--store", "back.gpkg", "--as", "finds"));
        Ok(CliRun.Run(dir.Path, "export", "after.geojson", "--store", "back.gpkg", "--layer", "finds"));

        var before = Features(dir.File("before.geojson")).Select(Find).Order(StringComparer.Ordinal).ToList();
        var after = Features(dir.File("after.geojson")).Select(Find).Order(StringComparer.Ordinal).ToList();
        Assert.True(before.Count > 100, $"{before.Count} finds");
        Assert.Equal(before, after);
    }

    [Theory]
    [InlineData("accidents.kml")]
    [InlineData("accidents.kmz")]
    [InlineData("accidents.zip")]
    [InlineData("accidents.shp")]
    [InlineData("accidents.csv")]
    [InlineData("accidents.geojson")]
    public void Demo_accidents_go_out_and_come_back_with_their_fields_and_victim_counts(string file)
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        Ok(CliRun.Run(dir.Path, "export", file, "--store", "s.gpkg", "--layer", "accidents"));
        Ok(CliRun.Run(dir.Path, "export", "before.geojson", "--store", "s.gpkg", "--layer", "accidents"));

        // Into a store without the demo's hazards: the file's hazard ids are left out, as the refusal names the way to.
        var refused = CliRun.Run(dir.Path, "import", file, "--store", "back.gpkg", "--as", "accidents");
        Assert.Contains("no hazard HA-KH-0001 in the store (import its hazards first, or leave the hazard out with --map hazard_id=-)", refused.Stdout, StringComparison.Ordinal);
        File.Delete(dir.File("back.gpkg"));
        Ok(CliRun.Run(dir.Path, "import", file, "--store", "back.gpkg", "--as", "accidents", "--map", "hazard_id=-"));
        Ok(CliRun.Run(dir.Path, "export", "after.geojson", "--store", "back.gpkg", "--layer", "accidents"));
        var before = Features(dir.File("before.geojson")).Select(Accident).Order(StringComparer.Ordinal).ToList();
        var after = Features(dir.File("after.geojson")).Select(Accident).Order(StringComparer.Ordinal).ToList();
        Assert.True(before.Count >= 5, $"{before.Count} accidents");
        Assert.Equal(before, after);
        var (was, now) = (Status(dir.Path, "s.gpkg"), Status(dir.Path, "back.gpkg"));
        foreach (var figure in new[] { "accidents", "killed", "injured" })
            Assert.Equal(was.GetProperty(figure).GetInt32(), now.GetProperty(figure).GetInt32());

        // Back into the store they came from: each is the report it already holds, nothing is written, and that is no failure.
        var again = CliRun.Run(dir.Path, "import", file, "--store", "s.gpkg", "--as", "accidents", "--json");
        Ok(again);
        var summary = JsonDocument.Parse(again.Stdout).RootElement;
        Assert.Equal(before.Count, summary.GetProperty("alreadyImported").GetInt64());
        Assert.Equal(0, summary.GetProperty("imported").GetInt64());
        Assert.Equal(was.ToString(), Status(dir.Path, "s.gpkg").ToString());
    }

    [Fact]
    public void A_kml_cut_short_is_named_with_its_line_and_nothing_is_stored()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        Ok(CliRun.Run(dir.Path, "export", "hazards.kml", "--store", "s.gpkg"));
        var before = Status(dir.Path, "s.gpkg");
        var kml = File.ReadAllText(dir.File("hazards.kml"));
        // The first placemarks are whole (the importer has read and loaded them by the time it meets the cut).
        File.WriteAllText(dir.File("cut.kml"), kml[..(kml.LastIndexOf("<Placemark>", StringComparison.Ordinal) + 200)]);

        var r = CliRun.Run(dir.Path, "import", "cut.kml", "--store", "s.gpkg", "--as", "hazards", "--id-prefix", "CUT");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("cut.kml: line ", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("not well-formed KML", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(before.ToString(), Status(dir.Path, "s.gpkg").ToString());
    }

    [Fact]
    public void Bad_placemarks_are_named_and_the_good_ones_imported()
    {
        using var dir = new TempDir();
        // Cambodia: longitude above 90, so a position with its axes swapped is out of range and can be told apart.
        File.WriteAllText(dir.File("field.kml"), """
            <kml xmlns="http://www.opengis.net/kml/2.2"><Document>
              <Placemark><name>Thin</name><Polygon><outerBoundaryIs><LinearRing><coordinates>104.1,13.1 104.2,13.1 104.1,13.1</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
              <Placemark><name>Swapped</name><Polygon><outerBoundaryIs><LinearRing><coordinates>13.1,104.1 13.1,104.2 13.2,104.2 13.2,104.1 13.1,104.1</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
              <Placemark><name>Good</name><Polygon><outerBoundaryIs><LinearRing><coordinates>104.3,13.3 104.4,13.3 104.4,13.4 104.3,13.4 104.3,13.3</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
            </Document></kml>
            """);
        var r = CliRun.Run(dir.Path, "import", "field.kml", "--store", "k.gpkg", "--json");
        Ok(r);
        var summary = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal(2, summary.GetProperty("imported").GetInt64());
        var issues = summary.GetProperty("issues").EnumerateArray().ToDictionary(i => i.GetProperty("where").GetString()!, i => i.GetProperty("message").GetString()!);
        Assert.Equal("ring with 2 points (a polygon needs at least 3)", issues["placemark 1 (Thin)"]);
        Assert.Contains("swapped", issues["placemark 2 (Swapped)"], StringComparison.OrdinalIgnoreCase);

        File.WriteAllText(dir.File("finds.kml"), """
            <kml xmlns="http://www.opengis.net/kml/2.2"><Document>
              <Placemark><name>PMN-2</name><ExtendedData><Data name="category"><value>ap-mine</value></Data></ExtendedData><Point><coordinates>13.1,104.1</coordinates></Point></Placemark>
              <Placemark><name>TM-62</name><ExtendedData><Data name="category"><value>at-mine</value></Data></ExtendedData><Point><coordinates>104.1,13.1</coordinates></Point></Placemark>
            </Document></kml>
            """);
        r = CliRun.Run(dir.Path, "import", "finds.kml", "--store", "k.gpkg", "--json");
        Ok(r);
        summary = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal(1, summary.GetProperty("imported").GetInt64());
        var issue = Assert.Single(summary.GetProperty("issues").EnumerateArray());
        Assert.Equal("placemark 1 (PMN-2)", issue.GetProperty("where").GetString());
        Assert.Contains("outside lon", issue.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Shapefiles_missing_a_dbf_or_in_metres_are_refused_by_name_and_nothing_is_stored()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        Ok(CliRun.Run(dir.Path, "export", "finds.shp", "--store", "s.gpkg", "--layer", "finds"));
        File.Delete(dir.File("finds.dbf"));
        var r = CliRun.Run(dir.Path, "import", "finds.shp", "--store", "new.gpkg", "--as", "finds");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("finds.shp: no .dbf beside it", r.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("new.gpkg")));

        if (!Tools.Available("/usr/bin/ogr2ogr")) return;
        var (exit, output) = Tools.Run("/usr/bin/ogr2ogr", "-f", "ESRI Shapefile", "-t_srs", "EPSG:32634", dir.File("utm.shp"), SharedData.File("bih", "incidents.geojson"));
        Assert.True(exit == 0, output);
        r = CliRun.Run(dir.Path, "import", "utm.shp", "--store", "new.gpkg", "--as", "finds", "--default-category", "uxo");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("utm.shp: the .prj says the coordinates are in WGS_1984_UTM_Zone_34N, not WGS84", r.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("new.gpkg")));
    }

    [Fact]
    public void Gdal_reads_the_exported_kml_kmz_and_shapefile()
    {
        if (!Tools.Available("/usr/bin/ogrinfo")) return;
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        var count = Status(dir.Path, "s.gpkg").GetProperty("hazards").GetInt32();
        foreach (var file in new[] { "hazards.kml", "hazards.kmz", "hazards.shp" })
        {
            Ok(CliRun.Run(dir.Path, "export", file, "--store", "s.gpkg"));
            var (exit, info) = Tools.Run("/usr/bin/ogrinfo", "-ro", "-so", "-al", dir.File(file));
            Assert.True(exit == 0, info);
            Assert.Contains($"Feature Count: {count}", info, StringComparison.Ordinal);
            Assert.Contains(file.EndsWith(".shp", StringComparison.Ordinal) ? "remain_m2: Real" : "remaining_m2: Real", info, StringComparison.Ordinal);
        }
    }

    private static void Ok(CliResult r) => Assert.True(r.ExitCode == 0, r.ToString());

    private static JsonElement Status(string dir, string store)
    {
        var r = CliRun.Run(dir, "status", "--store", store, "--json");
        Ok(r);
        return JsonDocument.Parse(r.Stdout).RootElement.GetProperty("total").Clone();
    }

    private static List<JsonElement> Features(string path) =>
        [.. JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("features").EnumerateArray().Select(f => f.Clone())];

    private static string? Text(JsonElement feature, string name) =>
        feature.GetProperty("properties").TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v.ToString() : null;

    private static double Number(JsonElement feature, string name) => feature.GetProperty("properties").GetProperty(name).GetDouble();

    /// <summary>An accident as an exchange file carries it: all but the hazard and its region, which depend on the store.</summary>
    private static string Accident(JsonElement feature)
    {
        var xy = feature.GetProperty("geometry").GetProperty("coordinates");
        var fields = feature.GetProperty("properties").EnumerateObject().Where(p => p.Name is not ("hazard_id" or "region")).Select(p => $"{p.Name}={p.Value}");
        return string.Join('|', [xy[0].GetDouble().ToString("R", CultureInfo.InvariantCulture), xy[1].GetDouble().ToString("R", CultureInfo.InvariantCulture), .. fields]);
    }

    /// <summary>A find as what the importer keeps of it: position and the fields of an EO find.</summary>
    // Import names a model as the ordnance catalogue does ("PG-7V rocket (abandoned)" comes back "PG-7 (abandoned)").
    private static readonly Safeground.Core.Ordnance.OrdnanceCatalogue Catalogue = new(Safeground.Core.Ordnance.OrdnanceSeed.Models);

    private static string? Catalogued(string? model) => model is null ? null : Catalogue.Find(model)?.Name ?? model;

    private static string Find(JsonElement feature)
    {
        var xy = feature.GetProperty("geometry").GetProperty("coordinates");
        return string.Join('|', xy[0].GetDouble().ToString("R", CultureInfo.InvariantCulture), xy[1].GetDouble().ToString("R", CultureInfo.InvariantCulture),
            Text(feature, "category"), Catalogued(Text(feature, "model")), Text(feature, "quantity"), Text(feature, "condition"), Text(feature, "depth_cm"), Text(feature, "disposal"));
    }
}
