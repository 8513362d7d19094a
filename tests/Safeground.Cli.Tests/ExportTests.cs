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
}
