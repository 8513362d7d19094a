using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

// The real client: GDAL's OAPIF driver (what QGIS uses) lists the collections and reads whole layers
// through our paging. gdal-bin is installed by scripts/setup; without it the test fails rather than skips.
public class OgcGdalTests(DemoServer server) : IClassFixture<DemoServer>
{
    private const string OgrInfo = "/usr/bin/ogrinfo";
    private const string Ogr2Ogr = "/usr/bin/ogr2ogr";

    private string Url => "OAPIF:" + new Uri(server.Address, "/ogc");

    [Fact]
    public async Task Ogrinfo_lists_the_four_collections()
    {
        var (code, output) = await Run(OgrInfo, "-ro", "-so", Url);
        Assert.True(code == 0, output);
        foreach (var layer in new[] { "hazards", "released", "finds", "accidents", "risk-education", "incidents" })
        {
            Assert.Contains(layer, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Ogrinfo_counts_a_layer_as_the_store_does()
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        int finds = store.Finds().Count();
        var (code, output) = await Run(OgrInfo, "-ro", "-so", Url, "finds");
        Assert.True(code == 0, output);
        Assert.Contains("Feature Count: " + finds.ToString(CultureInfo.InvariantCulture), output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hazards", "hazard_id")]
    [InlineData("finds", "category")]
    public async Task Ogr2ogr_reads_every_feature_with_its_attributes_across_pages(string layer, string attribute)
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        var expected = layer == "hazards"
            ? store.Hazards().Select(h => h.HazardId).ToList()
            : store.Finds().Select(f => f.ReportId + "." + f.Index.ToString(CultureInfo.InvariantCulture)).ToList();
        var output = Path.Combine(Path.GetTempPath(), $"sg-oapif-{Guid.NewGuid():N}.geojson");
        try
        {
            // A small page size makes GDAL follow many next links.
            var (code, log) = await Run(Ogr2Ogr, "-f", "GeoJSON", output, Url, layer, "-oo", "PAGE_SIZE=250");
            Assert.True(code == 0, log);
            using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(output));
            var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
            Assert.Equal(expected.Count, features.Count);
            Assert.All(features, f => Assert.True(f.GetProperty("properties").TryGetProperty(attribute, out var v) && v.ValueKind != JsonValueKind.Null));
            if (layer == "hazards")
            {
                Assert.Equal(expected.Order(StringComparer.Ordinal),
                    features.Select(f => f.GetProperty("properties").GetProperty("hazard_id").GetString()).Order(StringComparer.Ordinal));
            }
        }
        finally
        {
            File.Delete(output);
        }
    }

    private string? _token;

    // GDAL sends the API token of a viewer (approved data) with every request, as QGIS or a script would.
    private async Task<(int Code, string Output)> Run(string exe, params string[] args)
    {
        Assert.True(File.Exists(exe), $"{exe} is missing: install gdal-bin (scripts/setup)");
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["GDAL_HTTP_HEADERS"] = "Authorization: Bearer " + (_token ??= server.Token("viewer"));
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return (p.ExitCode, await stdout + await stderr);
    }
}
