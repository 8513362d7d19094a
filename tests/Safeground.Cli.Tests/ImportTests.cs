using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Safeground.Cli.Tests;

public class ImportTests
{
    private static JsonElement Status(string dir, string store)
    {
        var r = CliRun.Run(dir, "status", "--store", store, "--json");
        Assert.True(r.ExitCode == 0, r.ToString());
        return JsonDocument.Parse(r.Stdout).RootElement.GetProperty("total").Clone();
    }

    [Fact]
    public void BiH_suspect_areas_import_keeps_valid_repairs_what_it_can_and_names_each_rejection()
    {
        using var dir = new TempDir();
        var file = SharedData.File("bih", "suspect_areas.geojson");
        var r = CliRun.Run(dir.Path, "import", file, "--store", "bih.gpkg", "--map", "region=fileId", "--json", "--date", "2025-06-01");
        Assert.True(r.ExitCode == 0, r.ToString());
        using var doc = JsonDocument.Parse(r.Stdout);
        var s = doc.RootElement;
        Assert.Equal(11_068, s.GetProperty("read").GetInt64());
        long imported = s.GetProperty("imported").GetInt64(), rejected = s.GetProperty("rejected").GetInt64(), repaired = s.GetProperty("repaired").GetInt64();
        Assert.Equal(11_068, imported + rejected);
        Assert.True(rejected >= 3_094, "every null geometry is rejected");
        Assert.True(repaired > 0, "self-intersecting polygons are repaired");
        Assert.True(imported > 6_000, $"imported {imported}");
        var issues = s.GetProperty("issues").EnumerateArray().ToList();
        Assert.Equal(rejected, issues.Count(i => i.GetProperty("outcome").GetString() == "rejected"));
        Assert.Contains(issues, i => i.GetProperty("where").GetString() == "feature 1" && i.GetProperty("message").GetString() == "no geometry");
        Assert.All(issues, i => Assert.StartsWith("feature ", i.GetProperty("where").GetString(), StringComparison.Ordinal));

        // Near-duplicates (the same land, not the same polygon: 94 in this file, measured) are imported and listed
        // with their ids, by the measure of check's hazard-duplicate rule: the two find the same pairs.
        var near = s.GetProperty("nearDuplicates").EnumerateArray().ToList();
        Assert.Equal(94, near.Count);
        Assert.All(near, d => Assert.InRange(d.GetProperty("shareOfSmaller").GetDouble(), 0.99, 1.0 + 1e-9));
        var check = CliRun.Run(dir.Path, "check", "--store", "bih.gpkg", "--json");
        using (var findings = JsonDocument.Parse(check.Stdout))
        {
            var duplicates = findings.RootElement.GetProperty("findings").EnumerateArray()
                .Where(f => f.GetProperty("rule").GetString() == "hazard-duplicate").Select(f => f.GetProperty("message").GetString()!).ToList();
            Assert.Equal(near.Count, duplicates.Count);
            foreach (var d in near)
            {
                string a = d.GetProperty("hazardId").GetString()!, b = d.GetProperty("sameLandAs").GetString()!;
                Assert.Contains(duplicates, m => m.Contains(a, StringComparison.Ordinal) && m.Contains(b, StringComparison.Ordinal));
            }
        }

        var status = Status(dir.Path, "bih.gpkg");
        Assert.Equal(imported, status.GetProperty("hazards").GetInt64());
        Assert.True(status.GetProperty("countedTwiceM2").GetDouble() > 0, "overlapping suspect areas count some land twice");
        Assert.Equal(status.GetProperty("remainingM2").GetDouble() - status.GetProperty("countedTwiceM2").GetDouble(), status.GetProperty("remainingLandM2").GetDouble(), 1e-3);
        Assert.Equal(s.GetProperty("areaM2").GetDouble(), status.GetProperty("originalM2").GetDouble(), 1e-6 * s.GetProperty("areaM2").GetDouble());

        var plain = CliRun.Run(dir.Path, "import", file, "--store", "again.gpkg");
        Assert.Contains("rejected", plain.Stdout, StringComparison.Ordinal);
        Assert.Contains("feature 1: no geometry", plain.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hazard_that_is_the_same_land_as_another_is_imported_and_named_a_near_duplicate()
    {
        using var dir = new TempDir();
        static string Box(string id, double west, double east) => $$"""
            { "type": "Feature", "properties": { "id": "{{id}}" }, "geometry": { "type": "Polygon", "coordinates": [[[{{west}}, 44.0], [{{east}}, 44.0], [{{east}}, 44.01], [{{west}}, 44.01], [{{west}}, 44.0]]] } }
            """;
        // B is A moved east by half a percent of its width (99.5 % shared), C by half (50 %), D is A again, E far away.
        File.WriteAllText(dir.File("planted.geojson"), $$"""
            { "type": "FeatureCollection", "features": [
            {{Box("HA-A", 18.0, 18.01)}},
            {{Box("HA-B", 18.00005, 18.01005)}},
            {{Box("HA-C", 18.005, 18.015)}},
            {{Box("HA-D", 18.0, 18.01)}},
            {{Box("HA-E", 18.5, 18.51)}}
            ] }
            """);
        var r = CliRun.Run(dir.Path, "import", "planted.geojson", "--store", "p.gpkg", "--json", "--date", "2025-06-01");
        Assert.True(r.ExitCode == 0, r.ToString());
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal(4, doc.RootElement.GetProperty("imported").GetInt64());
        Assert.Contains(doc.RootElement.GetProperty("issues").EnumerateArray(), i => i.GetProperty("message").GetString() == "duplicate of feature 0");
        var near = Assert.Single(doc.RootElement.GetProperty("nearDuplicates").EnumerateArray());
        Assert.Equal("HA-B", near.GetProperty("hazardId").GetString());
        Assert.Equal("HA-A", near.GetProperty("sameLandAs").GetString());
        Assert.Equal("feature 1", near.GetProperty("where").GetString());
        Assert.InRange(near.GetProperty("shareOfSmaller").GetDouble(), 0.994, 0.996);

        var plain = CliRun.Run(dir.Path, "import", "planted.geojson", "--store", "q.gpkg", "--date", "2025-06-01");
        Assert.Contains("near-duplicates:   1", plain.Stdout, StringComparison.Ordinal);
        Assert.Contains("HA-B (feature 1) is the same land as HA-A (feature 0)", plain.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Importing_the_same_file_twice_is_refused_and_changes_nothing()
    {
        using var dir = new TempDir();
        var file = SharedData.File("bih", "suspect_areas.geojson");
        Assert.Equal(0, CliRun.Run(dir.Path, "import", file, "--store", "s.gpkg").ExitCode);
        var before = Status(dir.Path, "s.gpkg").GetProperty("hazards").GetInt64();
        var again = CliRun.Run(dir.Path, "import", file, "--store", "s.gpkg");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already", again.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, Status(dir.Path, "s.gpkg").GetProperty("hazards").GetInt64());
    }

    [Fact]
    public void A_broken_file_is_named_with_its_line_and_the_store_is_left_as_it_was()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        var before = Status(dir.Path, "s.gpkg");
        var text = File.ReadAllText(SharedData.File("bih", "incidents.geojson"));
        File.WriteAllText(dir.File("cut.geojson"), text[..(text.Length / 2)]);
        var r = CliRun.Run(dir.Path, "import", "cut.geojson", "--store", "s.gpkg", "--as", "finds", "--default-category", "uxo");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("cut.geojson", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("line", r.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before.ToString(), Status(dir.Path, "s.gpkg").ToString());
    }

    [Fact]
    public void A_failed_import_into_a_new_store_leaves_no_file_behind()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("nolon.csv"), "a,b\n1,2\n");
        var bad = CliRun.Run(dir.Path, "import", "nolon.csv", "--store", "w.gpkg", "--as", "finds");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("nolon.csv: line 1: no column", bad.Stderr, StringComparison.Ordinal);
        var nothing = CliRun.Run(dir.Path, "import", SharedData.File("bih", "incidents.geojson"), "--store", "y.gpkg", "--as", "hazards");
        Assert.Equal(1, nothing.ExitCode);
        Assert.Contains("a Point is not a hazard perimeter", nothing.Stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.Path, "*.gpkg*"));
    }

    [Fact]
    public void Finds_from_csv_with_a_mapping_and_bad_rows_named_by_line()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("finds.csv"),
            "longitude,latitude,type,qty,depth\n" +
            "36.5,49.9,AP mine,2,10\n" +
            "36.6,49.8,TM-62M,1,25\n" +          // a model where a category belongs: rejected
            "36.7,abc,UXO,1,0\n" +               // not a number
            "36.8,49.7,\"anti-tank\",1,30\n" +
            "36.9,49.6,UXO,0,5\n");              // quantity 0
        var r = CliRun.Run(dir.Path, "import", "finds.csv", "--store", "f.gpkg", "--map", "category=type", "--json");
        Assert.True(r.ExitCode == 0, r.ToString());
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal(2, doc.RootElement.GetProperty("imported").GetInt64());
        var issues = doc.RootElement.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("where").GetString() + ": " + i.GetProperty("message").GetString()).ToList();
        Assert.Contains(issues, i => i.StartsWith("line 3: EO category 'TM-62M'", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.StartsWith("line 4:", StringComparison.Ordinal) && i.Contains("abc", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.StartsWith("line 6: quantity '0'", StringComparison.Ordinal));
        var status = Status(dir.Path, "f.gpkg");
        Assert.Equal(3, status.GetProperty("finds").GetInt64());
        Assert.Equal(2, status.GetProperty("findsByCategory").GetProperty("ap-mine").GetInt64());
    }

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("KILL", 137)]
    public void An_interrupted_import_leaves_the_store_as_it_was(string signal, int expectedExit)
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        var before = Status(dir.Path, "s.gpkg").ToString();
        WritePoints(dir.File("big.geojson"), 2_000_000);

        // timeout(1) sends the signal the way Ctrl-C or an operator's kill -9 would, 5 s into the import.
        var r = CliRun.RunWithSignal(dir.Path, signal, 5, "import", "big.geojson", "--store", "s.gpkg", "--as", "finds", "--default-category", "uxo");
        Assert.True(r.ExitCode == expectedExit, r.ToString());
        Assert.Contains("started", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Imported", r.Stdout, StringComparison.Ordinal);
        if (signal == "INT") Assert.Contains("nothing was written", r.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, Status(dir.Path, "s.gpkg").ToString());
    }

    internal static void WritePoints(string path, int n)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        w.Write("{\"type\":\"FeatureCollection\",\"features\":[\n");
        var rng = new Random(7);
        for (int i = 0; i < n; i++)
        {
            if (i > 0) w.Write(",\n");
            w.Write(string.Create(CultureInfo.InvariantCulture,
                $"{{\"type\":\"Feature\",\"properties\":{{\"category\":\"uxo\",\"model\":\"VOG-17\",\"depth_cm\":{rng.Next(0, 30)}}},\"geometry\":{{\"type\":\"Point\",\"coordinates\":[{36 + rng.NextDouble() * 2:0.000000},{49 + rng.NextDouble():0.000000}]}}}}"));
        }
        w.Write("\n]}\n");
    }
}

public class GeoPackageImportTests
{
    [Fact]
    public void A_geopackage_layer_written_by_gdal_imports_like_its_geojson()
    {
        if (!Tools.Available("/usr/bin/ogr2ogr")) return;
        using var dir = new TempDir();
        var source = SharedData.File("bih", "suspect_areas.geojson");
        var (exit, output) = Tools.Run("/usr/bin/ogr2ogr", "-f", "GPKG", dir.File("bih.gpkg"), source, "-nln", "suspect_areas");
        Assert.True(exit == 0, output);

        var fromGpkg = CliRun.Run(dir.Path, "import", "bih.gpkg", "--layer", "suspect_areas", "--store", "a.gpkg", "--json");
        var fromJson = CliRun.Run(dir.Path, "import", source, "--store", "b.gpkg", "--json");
        Assert.True(fromGpkg.ExitCode == 0, fromGpkg.ToString());
        using var a = System.Text.Json.JsonDocument.Parse(fromGpkg.Stdout);
        using var b = System.Text.Json.JsonDocument.Parse(fromJson.Stdout);
        Assert.Equal(b.RootElement.GetProperty("imported").GetInt64(), a.RootElement.GetProperty("imported").GetInt64());
        Assert.Equal(b.RootElement.GetProperty("areaM2").GetDouble(), a.RootElement.GetProperty("areaM2").GetDouble(), 1e-3);
        Assert.StartsWith("layer suspect_areas, fid ", a.RootElement.GetProperty("issues")[0].GetProperty("where").GetString(), StringComparison.Ordinal);

        var wrongLayer = CliRun.Run(dir.Path, "import", "bih.gpkg", "--layer", "nope", "--store", "c.gpkg");
        Assert.Equal(1, wrongLayer.ExitCode);
        Assert.Contains("nope", wrongLayer.Stderr, StringComparison.Ordinal);
    }
}
