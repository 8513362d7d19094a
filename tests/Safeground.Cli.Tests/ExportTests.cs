using System.Text.Json;

namespace Safeground.Cli.Tests;

public class ExportTests
{
    [Fact]
    public void Exported_geopackage_passes_gdal_validation_and_lists_every_layer()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        var r = CliRun.Run(dir.Path, "export", "out.gpkg", "--store", "s.gpkg");
        Assert.True(r.ExitCode == 0, r.ToString());
        if (!Tools.Available("/usr/bin/ogrinfo") || !Tools.Available(Tools.ValidateGpkg)) return;

        var (exit, output) = Tools.Run("/usr/bin/python3", Tools.ValidateGpkg, dir.File("out.gpkg"));
        Assert.True(exit == 0, output);
        var (infoExit, info) = Tools.Run("/usr/bin/ogrinfo", "-ro", "-so", "-al", dir.File("out.gpkg"));
        Assert.True(infoExit == 0, info);
        foreach (var layer in new[] { "hazards", "hazard_perimeters", "released_areas", "finds", "accidents" })
            Assert.Contains($"Layer name: {layer}", info, StringComparison.Ordinal);

        var status = JsonDocument.Parse(CliRun.Run(dir.Path, "status", "--store", "s.gpkg", "--json").Stdout).RootElement.GetProperty("total");
        var (_, hazards) = Tools.Run("/usr/bin/ogrinfo", "-ro", "-so", dir.File("out.gpkg"), "hazards");
        Assert.Contains($"Feature Count: {status.GetProperty("hazards").GetInt32()}", hazards, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hazards", "geojson")]
    [InlineData("released", "geojson")]
    [InlineData("finds", "geojson")]
    [InlineData("accidents", "geojson")]
    [InlineData("finds", "csv")]
    [InlineData("hazards", "csv")]
    [InlineData("risk-education", "geojson")]
    [InlineData("risk-education", "csv")]
    [InlineData("risk-education", "kml")]
    [InlineData("incidents", "geojson")]
    [InlineData("incidents", "csv")]
    [InlineData("incidents", "kml")]
    public void Layers_export_to_files_gdal_reads(string layer, string format)
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        var file = $"{layer}.{format}";
        var r = CliRun.Run(dir.Path, "export", file, "--store", "s.gpkg", "--layer", layer);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.True(new FileInfo(dir.File(file)).Length > 100);
        if (!Tools.Available("/usr/bin/ogrinfo")) return;
        var args = format == "csv"
            ? new[] { "-ro", "-so", "-al", "-oo", "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat", "-oo", "GEOM_POSSIBLE_NAMES=wkt", dir.File(file) }
            : new[] { "-ro", "-so", "-al", dir.File(file) };
        var (exit, info) = Tools.Run("/usr/bin/ogrinfo", args);
        Assert.True(exit == 0, info);
        Assert.Matches(@"Feature Count: [1-9]\d*", info);
        if (layer == "accidents")
        {
            var text = File.ReadAllText(dir.File(file));
            Assert.DoesNotContain("dateOfBirth", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("date_of_birth", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Risk_education_sessions_export_with_their_audience_as_counts_and_as_a_shapefile()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        var r = CliRun.Run(dir.Path, "export", "eore.geojson", "--store", "s.gpkg", "--layer", "risk-education");
        Assert.True(r.ExitCode == 0, r.ToString());
        var features = JsonDocument.Parse(File.ReadAllText(dir.File("eore.geojson"))).RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.InRange(features.Count, 15, 60); // about one day in four of the operation's 120
        foreach (var f in features)
        {
            Assert.Equal("Point", f.GetProperty("geometry").GetProperty("type").GetString());
            var p = f.GetProperty("properties");
            int total = p.GetProperty("beneficiaries").GetInt32();
            Assert.True(total > 0);
            Assert.Equal(total, p.GetProperty("female").GetInt32() + p.GetProperty("male").GetInt32());
            Assert.Equal(total, p.GetProperty("children").GetInt32() + p.GetProperty("adults").GetInt32() + p.GetProperty("older").GetInt32());
            Assert.StartsWith("Kharkiv oblast, ", p.GetProperty("region").GetString(), StringComparison.Ordinal);
        }
        var shp = CliRun.Run(dir.Path, "export", "eore.shp", "--store", "s.gpkg", "--layer", "risk-education");
        Assert.True(shp.ExitCode == 0, shp.ToString());
        Assert.True(File.Exists(dir.File("eore.dbf")));
    }

    [Fact]
    public void Civilian_incidents_export_with_their_casualties_as_counts_and_as_a_shapefile()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        var r = CliRun.Run(dir.Path, "export", "incidents.geojson", "--store", "s.gpkg", "--layer", "incidents");
        Assert.True(r.ExitCode == 0, r.ToString());
        var features = JsonDocument.Parse(File.ReadAllText(dir.File("incidents.geojson"))).RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(3, features.Count); // the operation demo's three civilian incidents
        var status = JsonDocument.Parse(CliRun.Run(dir.Path, "status", "--store", "s.gpkg", "--json").Stdout).RootElement.GetProperty("total").GetProperty("civilians");
        int killed = 0, injured = 0;
        foreach (var f in features)
        {
            Assert.Equal("Point", f.GetProperty("geometry").GetProperty("type").GetString());
            var p = f.GetProperty("properties");
            Assert.StartsWith("R-", p.GetProperty("report_id").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(p.GetProperty("activity").GetString()));
            killed += p.GetProperty("killed").GetInt32();
            injured += p.GetProperty("injured").GetInt32();
            Assert.InRange(p.GetProperty("children").GetInt32(), 0, p.GetProperty("killed").GetInt32() + p.GetProperty("injured").GetInt32());
        }
        Assert.Equal((status.GetProperty("incidents").GetInt32(), status.GetProperty("killed").GetInt32(), status.GetProperty("injured").GetInt32()),
            (features.Count, killed, injured));
        var shp = CliRun.Run(dir.Path, "export", "incidents.shp", "--store", "s.gpkg", "--layer", "incidents");
        Assert.True(shp.ExitCode == 0, shp.ToString());
        Assert.True(File.Exists(dir.File("incidents.dbf")));
    }
}
