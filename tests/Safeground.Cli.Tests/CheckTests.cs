using System.Text.Json;

namespace Safeground.Cli.Tests;

public class CheckTests
{
    /// <summary>The findings the operation demo plants, as docs/user-guide.md lists them (rule, record).</summary>
    public static readonly string[] PlantedInOperationDemo =
    [
        "find-outside-activity find R-2026-000281#0",
        "incident-on-released-land report R-2026-850003",
        "non-conformity-open report R-2026-800006",
        "productivity-manual report R-2026-000100",
        "release-outside-hazard report R-2026-000003",
    ];

    [Fact]
    public void Check_of_the_demo_lists_exactly_the_findings_it_plants_as_json_warnings()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--no-status").ExitCode);

        var r = CliRun.Run(dir.Path, "check", "--store", "demo.gpkg", "--json");
        Assert.True(r.ExitCode == 0, r.ToString());
        using var doc = JsonDocument.Parse(r.Stdout);
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var summary = doc.RootElement.GetProperty("summary");
        Assert.Equal(findings.Count, summary.GetProperty("findings").GetInt32());
        Assert.Equal("default", doc.RootElement.GetProperty("programme").GetString());
        foreach (var f in findings)
        {
            Assert.StartsWith(f.GetProperty("recordKind").GetString() + " ", f.GetProperty("record").GetString(), StringComparison.Ordinal);
            Assert.Contains(f.GetProperty("recordId").GetString()!.Split('#')[0], f.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
        // The demo works by the rules: what check finds is exactly what it plants on purpose (docs/user-guide.md,
        // "Practise: what the demo plants for check to find"). No errors: the mistakes are warnings a data manager checks.
        Assert.Equal(PlantedInOperationDemo, findings.Select(f => $"{f.GetProperty("rule").GetString()} {f.GetProperty("record").GetString()}").Order(StringComparer.Ordinal));
        Assert.Equal(0, summary.GetProperty("bySeverity").GetProperty("error").GetInt32());
        Assert.All(findings, f => Assert.Equal("warning", f.GetProperty("severity").GetString()));
        Assert.False(summary.GetProperty("failed").GetBoolean());

        // --fail-on: findings at or above that severity make the exit code 3; --min-severity leaves out the rest.
        Assert.Equal(0, CliRun.Run(dir.Path, "check", "--store", "demo.gpkg", "--fail-on", "error").ExitCode);
        var failing = CliRun.Run(dir.Path, "check", "--store", "demo.gpkg", "--fail-on", "warning", "--min-severity", "warning", "--json");
        Assert.True(failing.ExitCode == 3, failing.ToString());
        using var only = JsonDocument.Parse(failing.Stdout);
        Assert.Equal(findings.Count, only.RootElement.GetProperty("findings").GetArrayLength());
        Assert.True(only.RootElement.GetProperty("summary").GetProperty("failed").GetBoolean());
        Assert.Equal(0, JsonDocument.Parse(CliRun.Run(dir.Path, "check", "--store", "demo.gpkg", "--min-severity", "error", "--json").Stdout)
            .RootElement.GetProperty("findings").GetArrayLength());

        // --rule: only the rules named (repeated or comma-separated); a rule no check has is refused, naming the known ones.
        var quality = CliRun.Run(dir.Path, "check", "--store", "demo.gpkg", "--rule", "non-conformity-open,qc-overdue", "--rule", "qc-failed-not-reopened", "--json");
        Assert.True(quality.ExitCode == 0, quality.ToString());
        Assert.Equal(["non-conformity-open report R-2026-800006"], JsonDocument.Parse(quality.Stdout).RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("rule").GetString()} {f.GetProperty("record").GetString()}"));
        var misspelt = CliRun.Run(dir.Path, "check", "--store", "demo.gpkg", "--rule", "qc-overdu");
        Assert.True(misspelt.ExitCode != 0, misspelt.ToString());
        Assert.Contains("qc-overdu;", misspelt.Stderr, StringComparison.Ordinal);
        Assert.Contains("qc-failed-not-reopened", misspelt.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("claim-casualties", misspelt.Stderr, StringComparison.Ordinal);

        var table = CliRun.Run(dir.Path, "check", "--store", "demo.gpkg", "--limit", "2");
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("findings by rule", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("release-outside-hazard", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("more findings not shown", table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_programme_file_switches_rules_off_and_a_broken_one_is_named_with_its_problem()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--no-status").ExitCode);
        File.WriteAllText(dir.File("quiet.json"), """
            { "programme": "quiet", "rules": {
                "release-outside-hazard": { "severity": "warning", "enabled": false },
                "productivity-manual": { "severity": "warning", "enabled": false },
                "find-outside-activity": { "severity": "warning", "enabled": false },
                "non-conformity-open": { "severity": "warning", "enabled": false },
                "incident-on-released-land": { "severity": "warning", "enabled": false } } }
            """);
        var quiet = CliRun.Run(dir.Path, "check", "--store", "demo.gpkg", "--rules", "quiet.json", "--json", "--fail-on", "warning");
        Assert.True(quiet.ExitCode == 0, quiet.ToString());
        using var doc = JsonDocument.Parse(quiet.Stdout);
        Assert.Equal("quiet", doc.RootElement.GetProperty("programme").GetString());
        Assert.Equal(0, doc.RootElement.GetProperty("summary").GetProperty("findings").GetInt32());

        File.WriteAllText(dir.File("typo.json"), """{ "rules": { "productivity-manul": { "severity": "warning" } } }""");
        var typo = CliRun.Run(dir.Path, "check", "--store", "demo.gpkg", "--rules", "typo.json");
        Assert.Equal(1, typo.ExitCode);
        Assert.Contains("typo.json", typo.Stderr, StringComparison.Ordinal);
        Assert.Contains("unknown rule \"productivity-manul\"", typo.Stderr, StringComparison.Ordinal);

        File.WriteAllText(dir.File("broken.json"), """{ "rules": { "productivity-manual": { "severity": "loud" } } }""");
        var broken = CliRun.Run(dir.Path, "check", "--store", "demo.gpkg", "--rules", "broken.json");
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("broken.json", broken.Stderr, StringComparison.Ordinal);
        Assert.Contains("severity", broken.Stderr, StringComparison.Ordinal);

        var missing = CliRun.Run(dir.Path, "check", "--store", "demo.gpkg", "--rules", "nowhere.json");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("nowhere.json", missing.Stderr, StringComparison.Ordinal);

        Assert.Equal(2, CliRun.Run(dir.Path, "check", "--store", "demo.gpkg", "--fail-on", "info").ExitCode);
    }
}
