using System.Text.Json;

namespace Safeground.Cli.Tests;

public class RegionsAndTimelineTests
{
    [Fact]
    public void BiH_entities_imported_as_regions_split_the_remaining_area_of_the_suspect_areas()
    {
        using var dir = new TempDir();
        var import = CliRun.Run(dir.Path, "import", SharedData.File("bih", "suspect_areas.geojson"), "--as", "hazards", "--store", "bih.gpkg");
        Assert.True(import.ExitCode == 0, import.ToString());
        var regions = CliRun.Run(dir.Path, "regions", "import", SharedData.File("bih", "admin_level_1.geojson"), "--store", "bih.gpkg");
        Assert.True(regions.ExitCode == 0, regions.ToString());
        Assert.Contains("Republika Srpska", regions.Stdout, StringComparison.Ordinal);

        var list = CliRun.Run(dir.Path, "regions", "list", "--store", "bih.gpkg", "--json");
        using (var doc = JsonDocument.Parse(list.Stdout))
        {
            var areas = doc.RootElement.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("areaM2").GetDouble()).ToList();
            Assert.Equal(3, areas.Count);
            Assert.InRange(areas.Sum() / 1e6, 50_000, 52_500); // Bosnia and Herzegovina: 51,209 km²
        }

        var status = CliRun.Run(dir.Path, "status", "--by", "region", "--json", "--store", "bih.gpkg");
        Assert.True(status.ExitCode == 0, status.ToString());
        using var json = JsonDocument.Parse(status.Stdout);
        Assert.True(json.RootElement.GetProperty("byBoundary").GetBoolean());
        var total = json.RootElement.GetProperty("total");
        int hazards = total.GetProperty("hazards").GetInt32();
        var groups = json.RootElement.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("key").GetString()!, g => g);
        string[] entities = ["Brčko District", "Federation of Bosnia and Herzegovina", "Republika Srpska"];
        foreach (var e in entities) Assert.True(groups[e].GetProperty("remainingM2").GetDouble() > 0, e);
        // The vectorised minefields reach a little over the simplified national border: that part is its own group,
        // and the entities plus it add up to the total within 0.01 m² per hazard.
        Assert.Equal([.. entities, "(outside regions)"], groups.Keys.OrderBy(k => k == "(outside regions)").ThenBy(k => k, StringComparer.Ordinal));
        double sum = groups.Values.Sum(g => g.GetProperty("remainingM2").GetDouble());
        Assert.InRange(sum - total.GetProperty("remainingM2").GetDouble(), -0.01 * hazards, 0.01 * hazards);
        double outside = groups["(outside regions)"].GetProperty("remainingM2").GetDouble();
        Assert.InRange(outside / total.GetProperty("remainingM2").GetDouble(), 0, 0.02);
        Assert.Equal(hazards, groups.Values.Sum(g => g.GetProperty("hazards").GetInt32()));
    }

    [Fact]
    public void A_boundary_file_without_the_name_field_is_refused_naming_the_feature()
    {
        using var dir = new TempDir();
        var r = CliRun.Run(dir.Path, "regions", "import", SharedData.File("bih", "admin_level_1.geojson"), "--name-field", "nom", "--store", "x.gpkg");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("feature 0", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("'nom'", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("shapeName", r.Stderr, StringComparison.Ordinal);
        var points = CliRun.Run(dir.Path, "regions", "import", SharedData.File("bih", "incidents.geojson"), "--store", "x.gpkg");
        Assert.Equal(1, points.ExitCode);
        Assert.Contains("feature", points.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_demo_stores_its_districts_and_a_hazard_timeline_steps_down_to_its_remaining_area()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--no-status").ExitCode);
        var status = CliRun.Run(dir.Path, "status", "--by", "region", "--json", "--store", "demo.gpkg");
        using (var doc = JsonDocument.Parse(status.Stdout))
        {
            Assert.True(doc.RootElement.GetProperty("byBoundary").GetBoolean());
            var keys = doc.RootElement.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("key").GetString()!).ToList();
            Assert.Equal(12, keys.Count); // the twelve hromadas, nothing outside them
            Assert.All(keys, k => Assert.EndsWith("hromada", k, StringComparison.Ordinal));
        }

        var timeline = CliRun.Run(dir.Path, "timeline", "HA-KH-0001", "--store", "demo.gpkg", "--json");
        Assert.True(timeline.ExitCode == 0, timeline.ToString());
        using var t = JsonDocument.Parse(timeline.Stdout);
        var points = t.RootElement.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(points[0].GetProperty("originalM2").GetDouble(), points[0].GetProperty("remainingM2").GetDouble());
        foreach (var p in points)
        {
            double sum = p.GetProperty("cancelledM2").GetDouble() + p.GetProperty("reducedM2").GetDouble() + p.GetProperty("clearedM2").GetDouble() + p.GetProperty("remainingM2").GetDouble();
            Assert.InRange(sum - p.GetProperty("originalM2").GetDouble(), -0.01, 0.01);
        }
        var plain = CliRun.Run(dir.Path, "timeline", "HA-KH-0001", "--store", "demo.gpkg");
        Assert.Contains("HA-KH-0001", plain.Stdout, StringComparison.Ordinal);
        var missing = CliRun.Run(dir.Path, "timeline", "HA-NONE", "--store", "demo.gpkg");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("HA-NONE", missing.Stderr, StringComparison.Ordinal);
    }
}
