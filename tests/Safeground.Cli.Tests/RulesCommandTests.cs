using Safeground.Core.Access;
using Safeground.Core.Spatial;
using Safeground.Core.Hazards;
using Safeground.Core.Kits;
using Safeground.Core.Lifecycle;
using Safeground.Core.Projections;
using Safeground.Core.Reference;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Storage.Contract;
using Safeground.Storage.GeoPackage;

namespace Safeground.Cli.Tests;

/// <summary>
/// <c>safeground rules show|set|history</c>, the CLI path of the rebuild property (reports submitted and decided with
/// <c>report submit|approve|reject</c> under stored non-default rules), and <c>sync --with</c> holding a kit's reports to
/// the national store's stored rules.
/// </summary>
public sealed class RulesCommandTests
{
    [Fact]
    public void Rules_are_shown_set_by_an_admin_only_validated_and_kept_as_versions()
    {
        using var dir = new TempDir();
        var store = NewStore(dir.File("s.gpkg"));
        File.WriteAllText(dir.File("property.json"), RandomLedger.Rules);
        File.WriteAllText(dir.File("typo.json"), RandomLedger.Rules.Replace("clearing-cancelled-land", "clearing-canceled-land", StringComparison.Ordinal));

        var never = CliRun.Run(dir.Path, "rules", "show", "--store", store);
        Assert.True(never.ExitCode == 0, never.ToString());
        Assert.Contains("programme default, built-in default, never set", never.Stdout, StringComparison.Ordinal);

        var manager = CliRun.Run(dir.Path, "rules", "set", "property.json", "--store", store, "--by", "dm");
        Assert.True(manager.ExitCode == 1, manager.ToString());
        Assert.Contains("dm (data manager) cannot set the programme's rules; an admin does", manager.Stderr, StringComparison.Ordinal);
        var typo = CliRun.Run(dir.Path, "rules", "set", "typo.json", "--store", store, "--by", "admin");
        Assert.True(typo.ExitCode == 1, typo.ToString());
        Assert.Contains("typo.json: line 5: unknown rule \"clearing-canceled-land\"", typo.Stderr, StringComparison.Ordinal);
        Assert.Contains("never set", CliRun.Run(dir.Path, "rules", "history", "--store", store).Stdout, StringComparison.Ordinal);

        var set = CliRun.Run(dir.Path, "rules", "set", "property.json", "--store", store, "--by", "admin", "--note", "pilot thresholds");
        Assert.True(set.ExitCode == 0, set.ToString());
        Assert.Contains("to version 1 (programme property); before: built-in default, never set.", set.Stdout, StringComparison.Ordinal);

        var show = CliRun.Run(dir.Path, "rules", "show", "--store", store);
        Assert.Contains("programme property, version 1, set by admin on ", show.Stdout, StringComparison.Ordinal);
        Assert.Contains("note: pilot thresholds", show.Stdout, StringComparison.Ordinal);
        Assert.Contains("CHA at a score of 0.6", show.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"clearing-cancelled-land\s*│\s*error\s*│\s*0\.5\s*│.*changed", show.Stdout);
        var json = System.Text.Json.JsonDocument.Parse(CliRun.Run(dir.Path, "rules", "show", "--store", store, "--json").Stdout).RootElement;
        Assert.Equal(1, json.GetProperty("version").GetInt32());
        Assert.Equal(0.5, json.GetProperty("rules").GetProperty("clearing-cancelled-land").GetProperty("threshold").GetDouble());
        var history = CliRun.Run(dir.Path, "rules", "history", "--store", store);
        Assert.Contains("pilot thresholds", history.Stdout, StringComparison.Ordinal);
        Assert.Contains("in force: version 1", history.Stdout, StringComparison.Ordinal);

        using var s = GeoPackageStore.Open(store, create: false);
        var audit = s.AuditLog(0, 10).Items.Where(a => a.Action == "rules set").ToList();
        Assert.Equal([(0, "admin", "version 1"), (1, "admin", "typo.json"), (1, "dm", "property.json")],
            audit.Select(a => (a.Status, a.Username, a.TargetId!)).ToList());
    }

    [Fact]
    public void Reports_through_the_cli_under_stored_rules_rebuild_to_the_incremental_state_and_a_change_says_what_it_did()
    {
        using var dir = new TempDir();
        var store = NewStore(dir.File("s.gpkg"));
        File.WriteAllText(dir.File("property.json"), RandomLedger.Rules);
        Assert.Equal(0, CliRun.Run(dir.Path, "rules", "set", "property.json", "--store", store, "--by", "admin").ExitCode);
        int n = 0, approved = 0;
        foreach (var step in RandomLedger.Case(seed: 7, hazards: 2, steps: 5))
        {
            var file = dir.File($"r{n++}.json");
            File.WriteAllText(file, ReportJson.Serialize(step.Report));
            if (CliRun.Run(dir.Path, "report", "submit", file, "--store", store).ExitCode != 0) continue;
            if (step.Decision == RandomLedger.Decision.Approve)
                approved += CliRun.Run(dir.Path, "report", "approve", step.Report.Id, "--store", store, "--by", "dm").ExitCode == 0 ? 1 : 0;
            else if (step.Decision == RandomLedger.Decision.Reject)
                CliRun.Run(dir.Path, "report", "reject", step.Report.Id, "--store", store, "--by", "dm", "--reason", "not this time");
        }
        Assert.True(approved >= 2, $"{approved} approved");
        AssertRebuildEqualsStored(store);

        File.WriteAllText(dir.File("default.json"), ProgrammeRules.DefaultJson);
        var back = CliRun.Run(dir.Path, "rules", "set", "default.json", "--store", store, "--by", "admin");
        Assert.True(back.ExitCode == 0, back.ToString());
        Assert.Matches(@"Replayed \d+ hazard\(s\) with the new rules: \d+ state\(s\) changed\.", back.Stdout);
        AssertRebuildEqualsStored(store);
    }

    [Fact]
    public void Sync_with_a_store_holds_the_kits_reports_to_the_national_stored_rules()
    {
        using var dir = new TempDir();
        var national = NewStore(dir.File("national.gpkg"));
        File.WriteAllText(dir.File("lenient.json"), StoreContractTests.LenientRules);
        Assert.Equal(0, CliRun.Run(dir.Path, "rules", "set", "lenient.json", "--store", national, "--by", "admin").ExitCode);
        var field = Geo.Factory.CreatePolygon([new(36.0, 49.0), new(36.01, 49.0), new(36.01, 49.01), new(36.0, 49.01), new(36.0, 49.0)]);
        var part = Geo.Factory.CreatePolygon([new(36.0, 49.0), new(36.002, 49.0), new(36.002, 49.002), new(36.0, 49.002), new(36.0, 49.0)]);
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10);
        using (var s = GeoPackageStore.Open(national, create: false))
        {
            using (var tx = s.BeginWrite())
            {
                tx.ReplaceRegions([new Region("North", Geo.Factory.CreatePolygon([new(35.5, 48.5), new(36.5, 48.5), new(36.5, 49.5), new(35.5, 49.5), new(35.5, 48.5)]))]);
                tx.Commit();
            }
            var lifecycle = new ReportLifecycle(s, TimeProvider.System, StoredProgramme.Of(s));
            lifecycle.Submit(new Report("R-CREATE", "HA-1", RandomLedger.Org, null, null, day, DateTimeOffset.UtcNow.AddDays(-10), "field.lead",
                new NonTechnicalSurvey(SurveyAction.Create, "Field", "North", null, field, null, [new Evidence(EvidenceType.Marking, EvidenceSource.Visual)], [])));
            lifecycle.Approve("R-CREATE", "dm");
            using var kit = GeoPackageStore.Open(dir.File("kit.gpkg"));
            FieldKit.Fill(s, kit, new KitRequest("North"));
            // In the field: a completion of a fifth of the hazard, which only the stored lenient rules accept.
            new ReportLifecycle(kit, TimeProvider.System, StoredProgramme.Of(kit)).Submit(new Report("R-DONE", "HA-1", RandomLedger.Org, null, null, day.AddDays(2),
                DateTimeOffset.UtcNow.AddDays(-8), "field.lead", new Completion(part, 13, [])));
        }
        var sync = CliRun.Run(dir.Path, "sync", "--store", "kit.gpkg", "--with", "national.gpkg");
        Assert.True(sync.ExitCode == 0, sync.ToString());
        Assert.Contains("pushed: 1 reports submitted", sync.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("refused", sync.Stdout, StringComparison.Ordinal);
        using var check = GeoPackageStore.Open(national, create: false);
        Assert.Equal(ReportStatus.Submitted, check.FindReport("R-DONE")!.Status);
    }

    private static void AssertRebuildEqualsStored(string path)
    {
        using var s = GeoPackageStore.Open(path, create: false);
        StoreComparison.AssertSameHazards(ProjectionRebuild.Hazards(s, StoredProgramme.Of(s)), s.Hazards());
    }

    private static string NewStore(string path)
    {
        using var s = GeoPackageStore.Open(path);
        using (var tx = s.BeginWrite())
        {
            tx.Put(RandomLedger.Organisation);
            tx.Put(RandomLedger.TeamOf);
            tx.Commit();
        }
        UserAccounts.Add(s, "admin", null, Role.Admin, null, "correct horse battery staple", DateTimeOffset.UtcNow, iterations: 1000);
        UserAccounts.Add(s, "dm", null, Role.DataManager, null, "correct horse battery staple", DateTimeOffset.UtcNow, iterations: 1000);
        return path;
    }
}
