using Safeground.Core.Access;
using Safeground.Core.Reference;
using Safeground.Storage.GeoPackage;

namespace Safeground.Cli.Tests;

/// <summary><c>safeground organisation|team|deployment add|edit|retire|list</c>: by admins and data managers, audited, refusals too.</summary>
public sealed class ReferenceCommandTests
{
    [Fact]
    public void A_data_manager_manages_organisations_teams_and_deployments_and_a_viewer_cannot()
    {
        using var dir = new TempDir();
        var store = dir.File("s.gpkg");
        using (var s = GeoPackageStore.Open(store))
        {
            UserAccounts.Add(s, "dm", null, Role.DataManager, null, "correct horse battery staple", DateTimeOffset.UtcNow, iterations: 1000);
            UserAccounts.Add(s, "viewer", null, Role.Viewer, null, "correct horse battery staple", DateTimeOffset.UtcNow, iterations: 1000);
        }
        CliResult Run(params string[] args) => CliRun.Run(dir.Path, [.. args, "--store", store]);

        var org = Run("organisation", "add", "ORG-N", "--name", "North Demining", "--country", "UA", "--accredited", "clearance@2027-12-31,eod", "--by", "dm");
        Assert.True(org.ExitCode == 0, org.ToString());
        Assert.Contains("Added organisation ORG-N.", org.Stdout, StringComparison.Ordinal);
        var viewer = Run("organisation", "add", "ORG-V", "--name", "V", "--country", "UA", "--by", "viewer");
        Assert.True(viewer.ExitCode == 1, viewer.ToString());
        Assert.Contains("viewer (viewer) cannot change organisations, teams or deployments", viewer.Stderr, StringComparison.Ordinal);
        var badWord = Run("organisation", "edit", "ORG-N", "--accredited", "demining", "--by", "dm");
        Assert.True(badWord.ExitCode == 1, badWord.ToString());
        Assert.Contains("--accredited: 'demining' is not a list of known words", badWord.Stderr, StringComparison.Ordinal);

        var typo = Run("team", "add", "T-1", "--organisation", "ORG-M", "--name", "Team 1", "--asset", "manual", "--size", "10", "--roles", "team-leader=1,deminer=8", "--by", "dm");
        Assert.True(typo.ExitCode == 1, typo.ToString());
        Assert.Contains("did you mean 'ORG-N'?", typo.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, Run("team", "add", "T-1", "--organisation", "ORG-N", "--name", "Team 1", "--asset", "manual", "--size", "10", "--roles", "team-leader=1,deminer=8", "--by", "dm").ExitCode);
        var dep = Run("deployment", "add", "D-1", "--team", "T-1", "--region", "Kharkiv", "--start", "2026-03-01", "--days", "120", "--by", "dm");
        Assert.True(dep.ExitCode == 0, dep.ToString());
        Assert.Equal(0, Run("team", "edit", "T-1", "--size", "12", "--by", "dm").ExitCode);
        var retire = Run("deployment", "retire", "D-1", "--on", "2026-06-30", "--by", "dm");
        Assert.True(retire.ExitCode == 0, retire.ToString());

        var list = Run("team", "list");
        Assert.Matches(@"T-1\s*│\s*ORG-N\s*│\s*Team 1\s*│\s*manual\s*│\s*12\s*│\s*team-leader=1;deminer=8", list.Stdout);
        var json = System.Text.Json.JsonDocument.Parse(Run("organisation", "list", "--json").Stdout).RootElement;
        var accreditations = json[0].GetProperty("accreditations");
        Assert.Equal(("clearance", "2027-12-31"), (accreditations[0].GetProperty("activity").GetString(), accreditations[0].GetProperty("validUntil").GetString()));
        var deployments = System.Text.Json.JsonDocument.Parse(Run("deployment", "list", "--json").Stdout).RootElement;
        Assert.Equal("2026-06-30", deployments[0].GetProperty("retiredOn").GetString());

        using var st = GeoPackageStore.Open(store, create: false);
        Assert.Equal(12, st.Teams().Single().Size);
        Assert.Equal([new RoleCount(TeamRole.TeamLeader, 1), new RoleCount(TeamRole.Deminer, 8)], st.Teams().Single().Roles);
        var audit = st.AuditLog(0, 50).Items.Where(a => a.Path.StartsWith("safeground organisation", StringComparison.Ordinal)
            || a.Path.StartsWith("safeground team", StringComparison.Ordinal) || a.Path.StartsWith("safeground deployment", StringComparison.Ordinal))
            .Select(a => (a.Status, a.Username, a.Action, a.TargetId)).ToHashSet();
        Assert.Contains((1, "viewer", "organisation add", "ORG-V"), audit);
        Assert.Contains((0, "dm", "deployment retire", "D-1"), audit);
        Assert.Contains((1, "dm", "team add", "T-1"), audit);
        Assert.Equal(8, audit.Count);
    }

    [Fact]
    public void Organisation_list_prints_accreditations_as_words_with_their_dates_in_the_readers_language()
    {
        using var dir = new TempDir();
        var store = dir.File("s.gpkg");
        using (var s = GeoPackageStore.Open(store))
            UserAccounts.Add(s, "dm", null, Role.DataManager, null, "correct horse battery staple", DateTimeOffset.UtcNow, iterations: 1000);
        CliResult Run(params string[] args) => CliRun.Run(dir.Path, [.. args, "--store", store]);
        Assert.Equal(0, Run("organisation", "add", "ORG-N", "--name", "North", "--country", "UA", "--accredited", "clearance@2027-06-30,eod", "--by", "dm").ExitCode);

        var list = Run("organisation", "list");
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains("Clearance until 2027-06-30, EOD", list.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("clearance@", list.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("clearance;eod", list.Stdout, StringComparison.Ordinal);

        var uk = Run("organisation", "list", "--lang", "uk");
        Assert.Contains("Розмінування до 30.06.2027, Знешкодження ВНП", uk.Stdout, StringComparison.Ordinal);
        // The JSON keeps the codes a script reads.
        var json = System.Text.Json.JsonDocument.Parse(Run("organisation", "list", "--json").Stdout).RootElement;
        Assert.Equal("eod", json[0].GetProperty("accreditations")[1].GetProperty("activity").GetString());
    }
}
