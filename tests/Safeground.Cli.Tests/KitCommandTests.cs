using System.Text.Json;

namespace Safeground.Cli.Tests;

/// <summary><c>safeground kit create</c> end to end: the kit's status is the source's status for that region.</summary>
public class KitCommandTests
{
    [Fact]
    public void A_kit_reports_the_status_of_its_region_and_is_never_written_twice()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--no-status").ExitCode);
        using var byRegion = JsonDocument.Parse(CliRun.Run(dir.Path, "status", "--store", "demo.gpkg", "--json", "--by", "region").Stdout);
        var region = byRegion.RootElement.GetProperty("groups").EnumerateArray()
            .OrderByDescending(g => g.GetProperty("hazards").GetInt32()).First().GetProperty("key").GetString()!;

        var made = CliRun.Run(dir.Path, "kit", "create", "--store", "demo.gpkg", "--region", region, "--out", "kit.gpkg");
        Assert.True(made.ExitCode == 0, made.ToString());
        Assert.Contains($"for region {region}", made.Stdout, StringComparison.Ordinal);
        Assert.Contains("users        none", made.Stdout, StringComparison.Ordinal);
        Assert.Contains("safeground user add NAME --role admin --store kit.gpkg", made.Stdout, StringComparison.Ordinal);
        Assert.Contains("safeground serve --store kit.gpkg", made.Stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("kit.gpkg.partial")));

        // Every figure of the kit's status, by organisation too, is the source's for that region.
        foreach (var by in new[] { "none", "organisation" })
        {
            string[] grouping = by == "none" ? [] : ["--by", by];
            var source = CliRun.Run(dir.Path, ["status", "--store", "demo.gpkg", "--json", "--region", region, .. grouping]);
            var kit = CliRun.Run(dir.Path, ["status", "--store", "kit.gpkg", "--json", .. grouping]);
            Assert.True(source.ExitCode == 0 && kit.ExitCode == 0, source + "\n" + kit);
            using var s = JsonDocument.Parse(source.Stdout);
            using var k = JsonDocument.Parse(kit.Stdout);
            Assert.True(k.RootElement.GetProperty("total").GetProperty("hazards").GetInt32() > 0);
            Assert.Equal(s.RootElement.GetProperty("total").GetRawText(), k.RootElement.GetProperty("total").GetRawText());
            if (by != "none") Assert.Equal(s.RootElement.GetProperty("groups").GetRawText(), k.RootElement.GetProperty("groups").GetRawText());
        }

        var regions = CliRun.Run(dir.Path, "regions", "list", "--store", "kit.gpkg", "--json");
        using (var doc = JsonDocument.Parse(regions.Stdout))
            Assert.Equal(region, Assert.Single(doc.RootElement.GetProperty("regions").EnumerateArray()).GetProperty("name").GetString());

        var before = File.ReadAllBytes(dir.File("kit.gpkg"));
        var again = CliRun.Run(dir.Path, "kit", "create", "--store", "demo.gpkg", "--region", region, "--out", "kit.gpkg");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("kit.gpkg already exists; a kit is never written over a file", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(dir.File("kit.gpkg")));
    }

    [Fact]
    public void An_unknown_region_names_the_close_matches_and_writes_nothing()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--no-status").ExitCode);
        var r = CliRun.Run(dir.Path, "kit", "create", "--store", "demo.gpkg", "--region", "chuhuiv", "--out", "kit.gpkg");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("region 'chuhuiv' is not in", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("did you mean 'Kharkiv oblast, Chuhuiv raion, Chuhuiv hromada'", r.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("kit.gpkg")));
        Assert.False(File.Exists(dir.File("kit.gpkg.partial")));

        var missing = CliRun.Run(dir.Path, "kit", "create", "--store", "demo.gpkg");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--region", missing.Stderr, StringComparison.Ordinal);
    }
    [Fact]
    public void Kits_of_the_BiH_entities_share_out_the_hazards_as_status_by_region_counts_them()
    {
        // The real suspect areas carry no region name: each goes to the entity status --by region counts it in.
        using var dir = new TempDir();
        var imported = CliRun.Run(dir.Path, "import", SharedData.File("bih", "suspect_areas.geojson"), "--store", "bih.gpkg", "--organisation", "ORG-BHMAC", "--show", "0");
        Assert.True(imported.ExitCode == 0, imported.ToString());
        Assert.Equal(0, CliRun.Run(dir.Path, "regions", "import", SharedData.File("bih", "admin_level_1.geojson"), "--store", "bih.gpkg").ExitCode);
        using var status = JsonDocument.Parse(CliRun.Run(dir.Path, "status", "--store", "bih.gpkg", "--json", "--by", "region").Stdout);
        var groups = status.RootElement.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("key").GetString()!, g => g.GetProperty("hazards").GetInt32());
        Assert.Equal(4, groups.Count); // three entities and what lies outside them

        // "brcko district": without its diacritic, it can only mean Brčko District.
        foreach (var (region, typed) in new[] { ("Brčko District", "brcko district"), ("Republika Srpska", "Republika Srpska"), ("Federation of Bosnia and Herzegovina", "federation of bosnia and herzegovina") })
        {
            var kit = CliRun.Run(dir.Path, "kit", "create", "--store", "bih.gpkg", "--region", typed, "--out", region + ".gpkg", "--json");
            Assert.True(kit.ExitCode == 0, kit.ToString());
            using var summary = JsonDocument.Parse(kit.Stdout);
            Assert.Equal(region, summary.RootElement.GetProperty("region").GetString());
            Assert.Equal(groups[region], summary.RootElement.GetProperty("hazards").GetInt32());
        }
    }
}
