using System.Text.Json;

namespace Safeground.Cli.Tests;

/// <summary><c>publish site</c>: writes the public site's files, with the figures <c>status --json</c> gives, in the language of --lang.</summary>
public class PublishSiteCommandTests
{
    [Fact]
    public void Publish_site_writes_the_public_site_with_the_status_figures()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--no-status").ExitCode);
        var r = CliRun.Run(dir.Path, "publish", "site", "--out", "site", "--store", "demo.gpkg", "--lang", "fr");
        Assert.True(r.ExitCode == 0, r.ToString());
        foreach (var file in new[] { "index.html", "style.css", "data/hazards.geojson", "data/released.geojson", "data/find-cells.geojson", "data/statistics.json" })
            Assert.True(File.Exists(dir.File("site/" + file)), file);
        Assert.Contains("<html lang=\"fr\"", File.ReadAllText(dir.File("site/index.html")), StringComparison.Ordinal);
        using var status = JsonDocument.Parse(CliRun.Run(dir.Path, "status", "--store", "demo.gpkg", "--json").Stdout);
        using var site = JsonDocument.Parse(File.ReadAllText(dir.File("site/data/statistics.json")));
        var (a, b) = (status.RootElement.GetProperty("total"), site.RootElement.GetProperty("total"));
        foreach (var figure in new[] { "hazards", "originalM2", "cancelledM2", "reducedM2", "clearedM2", "remainingLandM2", "accidents", "killed", "injured" })
            Assert.Equal(a.GetProperty(figure).GetDouble(), b.GetProperty(figure).GetDouble(), 6);
        Assert.Equal(a.GetProperty("finds").GetInt64(), b.GetProperty("items").GetInt64());
    }

    [Fact]
    public void Publish_site_draws_the_real_bih_suspect_areas()
    {
        // Field data, not the demo: simplified for the public map, some of BiH's slivers lose a part entirely, and
        // an empty polygon once stopped the site with a NullReferenceException.
        using var dir = new TempDir();
        var import = CliRun.Run(dir.Path, "import", SharedData.File("bih", "suspect_areas.geojson"), "--store", "bih.gpkg");
        Assert.True(import.ExitCode == 0, import.ToString());
        var r = CliRun.Run(dir.Path, "publish", "site", "--out", "site", "--store", "bih.gpkg");
        Assert.True(r.ExitCode == 0, r.ToString());
        var page = File.ReadAllText(dir.File("site/index.html"));
        Assert.True(page.Contains("<path class=\"suspected\"", StringComparison.Ordinal) || page.Contains("<path class=\"confirmed\"", StringComparison.Ordinal), "no hazard drawn on the map");
    }

    [Fact]
    public void Publish_site_needs_a_folder()
    {
        using var dir = new TempDir();
        var r = CliRun.Run(dir.Path, "publish", "site", "--store", "demo.gpkg");
        Assert.Equal(2, r.ExitCode);
    }
}
