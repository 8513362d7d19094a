using System.Text.Json;

namespace Safeground.Cli.Tests;

/// <summary><c>safeground check claim</c> run as a user would, on the demo operation.</summary>
public class CheckClaimTests
{
    private static readonly string[] Example = Claim();

    // "20,000 devices over 150 ha in 60 days by 200 deminers" (options may be given once only).
    private static string[] Claim(string area = "150 ha", string days = "60") => ["check", "claim", "--devices", "20000", "--area", area, "--days", days, "--people", "200"];

    private static JsonElement Figure(JsonDocument doc, string id) =>
        doc.RootElement.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("id").GetString() == id);

    [Fact]
    public void The_example_claim_against_the_demo_store()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "demo.gpkg", "--no-status").ExitCode);
        var r = CliRun.Run(dir.Path, [.. Example, "--killed", "3", "--injured", "8", "--teams", "10", "--store", "demo.gpkg", "--json"]);
        Assert.True(r.ExitCode == 0, r.ToString());
        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        Assert.Equal(1_500_000, root.GetProperty("claim").GetProperty("areaM2").GetDouble());
        Assert.Equal("unusual", root.GetProperty("verdict").GetString());

        var density = Figure(doc, "eo-density");
        Assert.Equal(0.013333, density.GetProperty("value").GetDouble(), 6);
        Assert.Equal("plausible", density.GetProperty("verdict").GetString());
        var rate = Figure(doc, "area-per-person-day");
        Assert.Equal(125, rate.GetProperty("value").GetDouble(), 9);
        Assert.Equal("unusual", rate.GetProperty("verdict").GetString());
        Assert.Equal("productivity-manual", rate.GetProperty("rule").GetString());
        Assert.Equal("unusual", Figure(doc, "casualties-per-100-people").GetProperty("verdict").GetString()); // 11 of 200 = 5.5 per 100
        Assert.Equal("plausible", Figure(doc, "people-per-team").GetProperty("verdict").GetString());
        Assert.Equal("not-judged", Figure(doc, "deminer-days-needed").GetProperty("verdict").GetString());

        // The demo's manual teams clear 12–45 m² a deminer-day: 125 is above every one of them.
        var placed = rate.GetProperty("recorded");
        int deployments = placed.GetProperty("deployments").GetInt32();
        Assert.True(deployments > 0, r.Stdout);
        Assert.Equal(deployments, placed.GetProperty("below").GetInt32());
        Assert.InRange(placed.GetProperty("median").GetDouble(), 10, 50);
        Assert.Contains($"above all {deployments} recorded deployments", placed.GetProperty("text").GetString(), StringComparison.Ordinal);

        // The recorded land is the land the store says was cleared.
        var status = JsonDocument.Parse(CliRun.Run(dir.Path, "status", "--store", "demo.gpkg", "--json").Stdout).RootElement.GetProperty("total");
        var all = root.GetProperty("recorded").GetProperty("all");
        Assert.Equal(status.GetProperty("clearedM2").GetDouble(), all.GetProperty("clearedM2").GetDouble(), 3);
        Assert.True(all.GetProperty("deminerDays").GetDouble() > 0);
        Assert.True(root.GetProperty("recorded").GetProperty("deployments").GetArrayLength() >= deployments);
    }

    [Fact]
    public void Without_a_store_the_comparison_is_skipped_with_a_note_and_the_table_explains_each_figure()
    {
        using var dir = new TempDir();
        var r = CliRun.Run(dir.Path, [.. Example, "--json"]);
        Assert.True(r.ExitCode == 0, r.ToString());
        using var doc = JsonDocument.Parse(r.Stdout);
        // Absent, not null: the contracts leave out what is not there (ContractJson), as the API does.
        Assert.False(doc.RootElement.TryGetProperty("recorded", out _));
        Assert.Contains(doc.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("no recorded data", StringComparison.Ordinal));
        Assert.False(Figure(doc, "area-per-person-day").TryGetProperty("recorded", out _));

        var table = CliRun.Run(dir.Path, Claim(area: "25 football fields"));
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("American football field with end zones", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("EO density", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("no recorded data", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("Overall", table.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("80 футбольних полів")]
    [InlineData("80 футбольных полей")]
    [InlineData("80 terrains de football")]
    [InlineData("٨٠ ملعب كرة قدم")]
    public void An_area_written_in_another_language_gets_the_same_verdict_as_in_English(string area)
    {
        using var dir = new TempDir();
        var english = CliRun.Run(dir.Path, [.. Claim(area: "80 football pitches"), "--json"]);
        var other = CliRun.Run(dir.Path, [.. Claim(area: area), "--json"]);
        Assert.True(other.ExitCode == 0, other.ToString());
        using var en = JsonDocument.Parse(english.Stdout);
        using var doc = JsonDocument.Parse(other.Stdout);
        Assert.Equal(80 * 7_140, doc.RootElement.GetProperty("claim").GetProperty("areaM2").GetDouble());
        Assert.Equal(en.RootElement.GetProperty("verdict").GetString(), doc.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(Figure(en, "eo-density").GetProperty("value").GetDouble(), Figure(doc, "eo-density").GetProperty("value").GetDouble());
    }

    [Fact]
    public void Exit_codes_bad_input_missing_store_and_fail_on()
    {
        using var dir = new TempDir();
        var missing = CliRun.Run(dir.Path, [.. Example, "--store", "nowhere.gpkg"]);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("nowhere.gpkg", missing.Stderr, StringComparison.Ordinal);

        var unit = CliRun.Run(dir.Path, "check", "claim", "--area", "3 furlongs");
        Assert.Equal(1, unit.ExitCode);
        Assert.Contains("known units", unit.Stderr, StringComparison.Ordinal);
        Assert.Contains("football fields", unit.Stderr, StringComparison.Ordinal);

        var negative = CliRun.Run(dir.Path, "check", "claim", "--devices", "-5", "--area", "150 ha");
        Assert.Equal(1, negative.ExitCode);
        Assert.Contains("cannot be negative", negative.Stderr, StringComparison.Ordinal);

        Assert.Equal(2, CliRun.Run(dir.Path, [.. Example, "--fail-on", "dubious"]).ExitCode);
        Assert.Equal(3, CliRun.Run(dir.Path, [.. Example, "--fail-on", "unusual"]).ExitCode);
        Assert.Equal(0, CliRun.Run(dir.Path, [.. Example, "--fail-on", "implausible"]).ExitCode);
        Assert.Equal(3, CliRun.Run(dir.Path, [.. Claim(days: "0"), "--fail-on", "implausible"]).ExitCode);
        Assert.Equal(0, CliRun.Run(dir.Path, "check", "claim", "--help").ExitCode);
    }

    [Fact]
    public void A_programme_rules_file_changes_the_verdict()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("lenient.json"), """{ "programme": "lenient", "rules": { "productivity-manual": { "severity": "warning", "threshold": 150 } } }""");
        var r = CliRun.Run(dir.Path, [.. Example, "--rules", "lenient.json", "--json"]);
        Assert.True(r.ExitCode == 0, r.ToString());
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal("lenient", doc.RootElement.GetProperty("programme").GetString());
        Assert.Equal("plausible", doc.RootElement.GetProperty("verdict").GetString());
    }
}
