using System.Text.Json;

namespace Safeground.Cli.Tests;

public class DemoAndStatusTests
{
    [Fact]
    public void Demo_writes_a_store_and_prints_its_land_release_status()
    {
        using var dir = new TempDir();
        var r = CliRun.Run(dir.Path, "demo");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.True(File.Exists(dir.File("demo.gpkg")), r.ToString());
        Assert.False(File.Exists(dir.File("demo.gpkg.part")));
        Assert.Contains("remaining hazardous", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("cleared (clearance)", r.Stdout, StringComparison.Ordinal);

        var json = CliRun.Run(dir.Path, "status", "--store", "demo.gpkg", "--json");
        Assert.True(json.ExitCode == 0, json.ToString());
        using var doc = JsonDocument.Parse(json.Stdout);
        var total = doc.RootElement.GetProperty("total");
        int hazards = total.GetProperty("hazards").GetInt32();
        Assert.InRange(hazards, 100, 2000);
        double original = total.GetProperty("originalM2").GetDouble();
        double released = total.GetProperty("cancelledM2").GetDouble() + total.GetProperty("reducedM2").GetDouble() + total.GetProperty("clearedM2").GetDouble()
            - total.GetProperty("reopenedM2").GetDouble(); // the failed QC sample's reopening put land back (issue 18)
        Assert.InRange(total.GetProperty("reopenedM2").GetDouble(), 800, 1000); // about 30 m × 30 m around the PMN-2
        double remaining = total.GetProperty("remainingM2").GetDouble();
        Assert.True(total.GetProperty("cancelledM2").GetDouble() > 0 && total.GetProperty("reducedM2").GetDouble() > 0 && total.GetProperty("clearedM2").GetDouble() > 0);
        Assert.InRange(released + remaining - original, -0.01 * hazards, 0.01 * hazards); // 0.01 m² per hazard
        Assert.True(total.GetProperty("finds").GetInt64() >= 1000);
        Assert.Equal(7, total.GetProperty("findsByCategory").EnumerateObject().Count());
        Assert.True(total.GetProperty("accidents").GetInt32() > 0);
        Assert.True(total.GetProperty("killed").GetInt32() + total.GetProperty("injured").GetInt32() > 0);
    }

    [Fact]
    public void The_operation_demos_dashboard_figures_survive_check_claim()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--no-status").ExitCode);
        using var doc = JsonDocument.Parse(CliRun.Run(dir.Path, "status", "--store", "demo.gpkg", "--json").Stdout);
        var total = doc.RootElement.GetProperty("total");
        double released = total.GetProperty("cancelledM2").GetDouble() + total.GetProperty("reducedM2").GetDouble() + total.GetProperty("clearedM2").GetDouble();
        int people, teams;
        using (var store = Storage.GeoPackage.GeoPackageStore.Open(dir.File("demo.gpkg"), create: false))
        {
            // The deminers of the operation's teams (dog and machine teams count dogs and machines, not people).
            people = store.Teams().Where(t => t.Asset == Core.Reference.AssetKind.Manual).Sum(t => t.Size);
            teams = store.Teams().Count();
        }
        // The dashboard's totals, as a news report would give them: "N devices across X ha in a 120-day deployment".
        var claim = CliRun.Run(dir.Path, "check", "claim", "--store", "demo.gpkg", "--json",
            "--devices", total.GetProperty("finds").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--area", (released / 10_000).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + " ha",
            "--days", "120", "--people", people.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--teams", teams.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--killed", total.GetProperty("killed").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--injured", total.GetProperty("injured").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(claim.ExitCode == 0, claim.ToString());
        using var verdict = JsonDocument.Parse(claim.Stdout);
        Assert.NotEqual("implausible", verdict.RootElement.GetProperty("verdict").GetString());
        Assert.All(verdict.RootElement.GetProperty("figures").EnumerateArray(), f => Assert.NotEqual("implausible", f.GetProperty("verdict").GetString()));
    }

    [Fact]
    public void Demo_is_deterministic()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "a.gpkg", "--no-status").ExitCode);
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "b.gpkg", "--no-status").ExitCode);
        var a = CliRun.Run(dir.Path, "status", "--store", "a.gpkg", "--json", "--by", "region").Stdout.Replace("a.gpkg", "X", StringComparison.Ordinal);
        var b = CliRun.Run(dir.Path, "status", "--store", "b.gpkg", "--json", "--by", "region").Stdout.Replace("b.gpkg", "X", StringComparison.Ordinal);
        Assert.Equal(a, b);
    }

    [Theory]
    [InlineData("region")]
    [InlineData("organisation")]
    [InlineData("month")]
    [InlineData("team")]
    [InlineData("deployment")]
    public void Status_groups_add_up_to_the_total(string by)
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--no-status").ExitCode);
        var r = CliRun.Run(dir.Path, "status", "--store", "demo.gpkg", "--json", "--by", by);
        Assert.True(r.ExitCode == 0, r.ToString());
        using var doc = JsonDocument.Parse(r.Stdout);
        var groups = doc.RootElement.GetProperty("groups").EnumerateArray().ToList();
        Assert.True(groups.Count > 1, r.Stdout);
        foreach (var field in new[] { "cancelledM2", "reducedM2", "clearedM2" })
        {
            double sum = groups.Sum(g => g.GetProperty(field).GetDouble());
            Assert.Equal(doc.RootElement.GetProperty("total").GetProperty(field).GetDouble(), sum, 3);
        }
        Assert.Equal(doc.RootElement.GetProperty("total").GetProperty("finds").GetInt64(), groups.Sum(g => g.GetProperty("finds").GetInt64()));
        Assert.Equal(doc.RootElement.GetProperty("total").GetProperty("hazards").GetInt32(), groups.Sum(g => g.GetProperty("hazards").GetInt32()));
        double effort = doc.RootElement.GetProperty("total").GetProperty("productivity").GetProperty("manual").GetProperty("effort").GetDouble();
        Assert.Equal(effort, groups.Sum(g => g.GetProperty("productivity").TryGetProperty("manual", out var m) ? m.GetProperty("effort").GetDouble() : 0), 6);
        var plain = CliRun.Run(dir.Path, "status", "--store", "demo.gpkg", "--by", by);
        Assert.Contains($"by {by}", plain.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_by_contamination_type_has_every_type_the_demo_states_and_adds_up_to_the_total_to_the_m2()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--no-status").ExitCode);
        var r = CliRun.Run(dir.Path, "status", "--store", "demo.gpkg", "--json", "--by", "type");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(r.Stdout, CliRun.Run(dir.Path, "status", "--store", "demo.gpkg", "--json", "--by", "contamination").Stdout);
        using var doc = JsonDocument.Parse(r.Stdout);
        var total = doc.RootElement.GetProperty("total");
        var groups = doc.RootElement.GetProperty("groups").EnumerateArray().ToList();
        var hazardGroups = groups.Where(g => g.GetProperty("hazards").GetInt32() > 0).Select(g => g.GetProperty("key").GetString()).Order(StringComparer.Ordinal);
        // The demo states a type on every survey, from the EO it plants: no hazard is left "not stated".
        Assert.Equal(["anti-personnel-mines", "anti-vehicle-mines", "cluster-munitions", "improvised-mines", "other-erw"], hazardGroups);
        foreach (var field in new[] { "originalM2", "cancelledM2", "reducedM2", "clearedM2", "remainingM2" })
        {
            double sum = groups.Sum(g => g.GetProperty(field).GetDouble());
            Assert.True(Math.Abs(total.GetProperty(field).GetDouble() - sum) < 1, $"{field}: total {total.GetProperty(field).GetDouble()}, types {sum}");
        }
        Assert.Equal(total.GetProperty("hazards").GetInt32(), groups.Sum(g => g.GetProperty("hazards").GetInt32()));
        Assert.Equal(total.GetProperty("finds").GetInt64(), groups.Sum(g => g.GetProperty("finds").GetInt64()));

        var plain = CliRun.Run(dir.Path, "status", "--store", "demo.gpkg", "--by", "type");
        Assert.Contains("by contamination type", plain.Stdout, StringComparison.Ordinal);
        Assert.Contains("improvised mined area", plain.Stdout, StringComparison.Ordinal); // the word, not the code
        Assert.DoesNotContain("improvised-mines", plain.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_errors_exit_with_2_and_missing_stores_with_1()
    {
        using var dir = new TempDir();
        var bad = CliRun.Run(dir.Path, "status", "--by", "colour");
        Assert.Equal(2, bad.ExitCode);
        var missing = CliRun.Run(dir.Path, "status", "--store", "nowhere.gpkg");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("nowhere.gpkg", missing.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Run(dir.Path, "--help").ExitCode);
        foreach (var c in new[] { "demo", "import", "export", "status", "check", "timeline" })
        {
            var help = CliRun.Run(dir.Path, c, "--help");
            Assert.True(help.ExitCode == 0 && help.Stdout.Contains("--store", StringComparison.Ordinal), help.ToString());
        }
    }
}
