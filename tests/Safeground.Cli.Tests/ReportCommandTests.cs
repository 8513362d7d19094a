using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Safeground.Cli.Tests;

/// <summary>A report's life through <c>safeground report</c>, with the land-release rules a data manager meets.</summary>
public class ReportCommandTests
{
    /// <summary>An open demo hazard nothing has been released from yet (the <paramref name="skip"/>-th).</summary>
    internal static string Untouched(string store, int skip)
    {
        using var c = new SqliteConnection($"Data Source={store};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT hazard_id FROM hazards WHERE status = 'open' AND cancelled_m2 = 0 AND reduced_m2 = 0 AND cleared_m2 = 0 ORDER BY hazard_id LIMIT 1 OFFSET $n";
        cmd.Parameters.AddWithValue("$n", skip);
        return (string)cmd.ExecuteScalar()!;
    }

    internal static (string Org, string HalfWkt) HalfOf(string store, string hazardId)
    {
        using var c = new SqliteConnection($"Data Source={store};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT h.organisation_id, r.minx, r.maxx, r.miny, r.maxy FROM hazards h JOIN rtree_hazards_geom r ON r.id = h.fid WHERE h.hazard_id = $h";
        cmd.Parameters.AddWithValue("$h", hazardId);
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read(), $"hazard {hazardId} is not in the demo");
        double minX = r.GetDouble(1), maxX = r.GetDouble(2), minY = r.GetDouble(3), maxY = r.GetDouble(4), midX = (minX + maxX) / 2;
        return (r.GetString(0), FormattableString.Invariant($"POLYGON (({minX} {minY}, {midX} {minY}, {midX} {maxY}, {minX} {maxY}, {minX} {minY}))"));
    }

    internal static string ReportJson(string id, string hazard, string org, string body) => $$"""
        { "id": "{{id}}", "hazardId": "{{hazard}}", "organisationId": "{{org}}", "dateOfInformation": "2026-11-20",
          "submittedAt": "2026-11-21T10:00:00+00:00", "submittedBy": "team.lead", "body": {{body}} }
        """;

    /// <summary>Adds a data manager of the national authority to <paramref name="store"/>: decisions are taken by a known user of the store.</summary>
    internal static void AddDataManager(string dir, string store, string username = "data.manager")
    {
        var added = CliRun.RunWithInput(dir, "a-long-password-1\n", "user", "add", username, "--role", "data-manager", "--password-stdin", "--store", store);
        Assert.True(added.ExitCode == 0, added.ToString());
    }

    [Fact]
    public void An_illegal_completion_is_refused_and_a_clearance_goes_through_review_to_the_hazard()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        var hazard = Untouched(dir.File("s.gpkg"), 0);
        var (org, half) = HalfOf(dir.File("s.gpkg"), hazard);

        File.WriteAllText(dir.File("done.json"), ReportJson("R-T-1", hazard, org, $$"""{ "kind": "completion", "cleared": "{{half}}", "clearanceDepthCm": 20, "finds": [] }"""));
        var refused = CliRun.Run(dir.Path, "report", "submit", "done.json", "--store", "s.gpkg");
        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Contains("report R-T-1 cannot be accepted: completion report R-T-1 would close hazard HA-KH-0002 with", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("still hazardous", refused.Stderr, StringComparison.Ordinal);

        File.WriteAllText(dir.File("work.json"), ReportJson("R-T-2", hazard, org, $$"""{ "kind": "clearance-progress", "areaWorked": "{{half}}", "deminerDays": 40, "finds": [] }"""));
        Assert.Equal(0, CliRun.Run(dir.Path, "report", "submit", "work.json", "--store", "s.gpkg").ExitCode);
        var queue = JsonDocument.Parse(CliRun.Run(dir.Path, "report", "list", "--status", "submitted", "--json", "--store", "s.gpkg").Stdout).RootElement;
        Assert.Equal("R-T-2", Assert.Single(queue.EnumerateArray()).GetProperty("id").GetString());

        var before = JsonDocument.Parse(CliRun.Run(dir.Path, "status", "--json", "--store", "s.gpkg").Stdout).RootElement.GetProperty("total");
        AddDataManager(dir.Path, "s.gpkg");
        var approved = CliRun.Run(dir.Path, "report", "approve", "R-T-2", "--by", "data.manager", "--store", "s.gpkg");
        Assert.True(approved.ExitCode == 0, approved.ToString());
        Assert.Contains($"hazard {hazard}: in progress", approved.Stdout, StringComparison.Ordinal);
        var after = JsonDocument.Parse(CliRun.Run(dir.Path, "status", "--json", "--store", "s.gpkg").Stdout).RootElement.GetProperty("total");
        Assert.True(after.GetProperty("clearedM2").GetDouble() > before.GetProperty("clearedM2").GetDouble() + 10_000);

        var shown = JsonDocument.Parse(CliRun.Run(dir.Path, "report", "show", "R-T-2", "--json", "--store", "s.gpkg").Stdout).RootElement;
        Assert.Equal("approved", shown.GetProperty("status").GetString());
        Assert.Equal(["submitted", "approved"], shown.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("status").GetString()));
        // The demo hazard is narrower than its bounding box: the half-box sticks out and is clipped, with a warning.
        Assert.Contains(shown.GetProperty("flags").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "release-outside-hazard");
    }

    [Fact]
    public void Rejecting_needs_a_reason_and_the_author_reads_it()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        var hazard = Untouched(dir.File("s.gpkg"), 1);
        var (org, half) = HalfOf(dir.File("s.gpkg"), hazard);
        File.WriteAllText(dir.File("work.json"), ReportJson("R-T-3", hazard, org, $$"""{ "kind": "clearance-progress", "areaWorked": "{{half}}", "deminerDays": 4, "finds": [] }"""));
        Assert.Equal(0, CliRun.Run(dir.Path, "report", "submit", "work.json", "--store", "s.gpkg").ExitCode);

        AddDataManager(dir.Path, "s.gpkg");
        var noReason = CliRun.Run(dir.Path, "report", "reject", "R-T-3", "--by", "data.manager", "--store", "s.gpkg");
        Assert.Equal(1, noReason.ExitCode);
        Assert.Contains("needs a reason", noReason.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Run(dir.Path, "report", "reject", "R-T-3", "--by", "data.manager", "--reason", "4 deminer-days cannot clear 3 ha", "--store", "s.gpkg").ExitCode);
        var shown = CliRun.Run(dir.Path, "report", "show", "R-T-3", "--store", "s.gpkg");
        Assert.Contains("rejected", shown.Stdout, StringComparison.Ordinal);
        Assert.Contains("4 deminer-days cannot clear 3 ha", shown.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_report_is_named_with_the_line()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        File.WriteAllText(dir.File("bad.json"), "{\n  \"id\": \"R-X\",\n  \"body\": { \"kind\": \"clearance\" }\n}");
        var r = CliRun.Run(dir.Path, "report", "submit", "bad.json", "--store", "s.gpkg");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("bad.json: line", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decision_names_a_known_data_manager_other_than_the_submitter_and_is_audited()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        var hazard = Untouched(dir.File("s.gpkg"), 2);
        var (org, half) = HalfOf(dir.File("s.gpkg"), hazard);
        File.WriteAllText(dir.File("work.json"), ReportJson("R-T-4", hazard, org, $$"""{ "kind": "clearance-progress", "areaWorked": "{{half}}", "deminerDays": 40, "finds": [] }""")
            .Replace("team.lead", "data.manager", StringComparison.Ordinal));
        Assert.Equal(0, CliRun.Run(dir.Path, "report", "submit", "work.json", "--store", "s.gpkg").ExitCode);

        var ghost = CliRun.Run(dir.Path, "report", "approve", "R-T-4", "--by", "ghost", "--store", "s.gpkg");
        Assert.Equal(1, ghost.ExitCode);
        Assert.Contains("'ghost' is not a user of", ghost.Stderr, StringComparison.Ordinal);
        AddDataManager(dir.Path, "s.gpkg");
        var own = CliRun.Run(dir.Path, "report", "approve", "R-T-4", "--by", "data.manager", "--store", "s.gpkg");
        Assert.Equal(1, own.ExitCode);
        Assert.Contains("data.manager cannot approve report R-T-4: they submitted it, and the programme's rules (default: approval.allowSelfApproval is false)",
            own.Stderr, StringComparison.Ordinal);
        AddDataManager(dir.Path, "s.gpkg", "second.manager");
        var approved = CliRun.Run(dir.Path, "report", "approve", "R-T-4", "--by", "second.manager", "--store", "s.gpkg");
        Assert.True(approved.ExitCode == 0, approved.ToString());

        using var store = Storage.GeoPackage.GeoPackageStore.Open(dir.File("s.gpkg"), create: false);
        Assert.Equal("second.manager", store.History("R-T-4").Last().By);
        var decisions = store.AuditLog(0, 100).Items.Where(e => e.Action == "report approve").OrderBy(e => e.Time).ToList();
        Assert.Equal([("ghost", 1), ("data.manager", 1), ("second.manager", 0)], decisions.Select(e => (e.Username, e.Status)));
        Assert.All(decisions, e => Assert.Equal("R-T-4", e.TargetId));
    }

    [Fact]
    public void A_report_of_another_organisation_cannot_correct_an_approved_report_from_the_command_line()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        string victim, victimOrg, otherOrg;
        using (var store = Storage.GeoPackage.GeoPackageStore.Open(dir.File("s.gpkg"), create: false))
        {
            var accident = store.Accidents().First();
            (victim, victimOrg) = (accident.ReportId, accident.OrganisationId);
            otherOrg = store.Organisations().First(o => o.Id != victimOrg).Id;
            var attack = store.FindReport(victim)!.Report with
            {
                Id = "R-ATTACK", OrganisationId = otherOrg, Supersedes = victim, SupersedeReason = "nothing happened", SubmittedBy = "team.lead",
            };
            File.WriteAllText(dir.File("attack.json"), Core.Reports.ReportJson.Serialize(attack));
        }
        var refused = CliRun.Run(dir.Path, "report", "submit", "attack.json", "--store", "s.gpkg");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"report R-ATTACK of organisation {otherOrg} supersedes {victim} of organisation {victimOrg}: 'team.lead' is not a user of this store", refused.Stderr, StringComparison.Ordinal);
        using var after = Storage.GeoPackage.GeoPackageStore.Open(dir.File("s.gpkg"), create: false);
        Assert.Null(after.FindReport("R-ATTACK"));
        Assert.Contains(after.Accidents(), a => a.ReportId == victim);
    }

    /// <summary>The hazard's bounding box split at <paramref name="at"/> of its width: the west part, the east part (WKT).</summary>
    private static (string West, string East, string Org) Split(string store, string hazardId, double at = 0.5)
    {
        var (org, _) = HalfOf(store, hazardId);
        using var c = new SqliteConnection($"Data Source={store};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT r.minx, r.maxx, r.miny, r.maxy FROM hazards h JOIN rtree_hazards_geom r ON r.id = h.fid WHERE h.hazard_id = $h";
        cmd.Parameters.AddWithValue("$h", hazardId);
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read());
        double minX = r.GetDouble(0), maxX = r.GetDouble(1), minY = r.GetDouble(2), maxY = r.GetDouble(3), cut = minX + (maxX - minX) * at;
        string Box(double w, double e) => FormattableString.Invariant($"POLYGON (({w} {minY}, {e} {minY}, {e} {maxY}, {w} {maxY}, {w} {minY}))");
        return (Box(minX, cut), Box(cut, maxX), org);
    }

    private static string Clearance(string id, string hazard, string org, string wkt) =>
        ReportJson(id, hazard, org, $$"""{ "kind": "clearance-progress", "areaWorked": "{{wkt}}", "deminerDays": 40, "finds": [] }""");

    private static string Completion(string id, string hazard, string org, string wkt, string day = "2026-11-20") =>
        ReportJson(id, hazard, org, $$"""{ "kind": "completion", "cleared": "{{wkt}}", "clearanceDepthCm": 20, "finds": [] }""")
            .Replace("\"dateOfInformation\": \"2026-11-20\"", $"\"dateOfInformation\": \"{day}\"", StringComparison.Ordinal);

    private static string[] Submitted(TempDir dir) =>
        JsonDocument.Parse(CliRun.Run(dir.Path, "report", "list", "--status", "submitted", "--json", "--store", "s.gpkg").Stdout).RootElement
            .EnumerateArray().Select(e => e.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void A_file_is_checked_in_its_own_order_and_the_completion_that_closes_a_hazard_is_on_its_timeline()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        var hazard = Untouched(dir.File("s.gpkg"), 0);
        var (west, east, org) = Split(dir.File("s.gpkg"), hazard);

        // The completion alone would leave the west half: refused in the file's order, and nothing of the file is stored.
        File.WriteAllText(dir.File("backwards.json"), $"[{Completion("R-B-DONE", hazard, org, east)}, {Clearance("R-B-WORK", hazard, org, west)}]");
        var backwards = CliRun.Run(dir.Path, "report", "submit", "backwards.json", "--store", "s.gpkg");
        Assert.True(backwards.ExitCode == 1, backwards.ToString());
        Assert.Contains("nothing was stored: 1 of 2 reports refused", backwards.Stderr, StringComparison.Ordinal);
        Assert.Contains("R-B-DONE: report R-B-DONE cannot be accepted: completion report R-B-DONE would close hazard", backwards.Stderr, StringComparison.Ordinal);
        Assert.Empty(Submitted(dir));

        // After its clearance in the same file, the completion is checked against it: both pass.
        File.WriteAllText(dir.File("work.json"), $"[{Clearance("R-WORK", hazard, org, west)}, {Completion("R-DONE", hazard, org, east, "2026-11-21")}]");
        var inOrder = CliRun.Run(dir.Path, "report", "submit", "work.json", "--store", "s.gpkg");
        Assert.True(inOrder.ExitCode == 0, inOrder.ToString());
        Assert.Equal(["R-DONE", "R-WORK"], Submitted(dir));

        // A second hazard cleared whole, then completed with land already cleared: the completion releases
        // nothing more but closes the hazard, and the timeline says so.
        var other = Untouched(dir.File("s.gpkg"), 1);
        var (_, whole, otherOrg) = Split(dir.File("s.gpkg"), other, at: 0);
        File.WriteAllText(dir.File("close.json"), $"[{Clearance("R-ALL", other, otherOrg, whole)}, {Completion("R-CLOSE", other, otherOrg, whole, "2026-11-22")}]");
        Assert.Equal(0, CliRun.Run(dir.Path, "report", "submit", "close.json", "--store", "s.gpkg").ExitCode);
        AddDataManager(dir.Path, "s.gpkg");
        foreach (var id in new[] { "R-WORK", "R-DONE", "R-ALL", "R-CLOSE" })
        {
            var approved = CliRun.Run(dir.Path, "report", "approve", id, "--by", "data.manager", "--store", "s.gpkg");
            Assert.True(approved.ExitCode == 0, approved.ToString());
        }
        var timeline = CliRun.Run(dir.Path, "timeline", other, "--store", "s.gpkg", "--json");
        Assert.True(timeline.ExitCode == 0, timeline.ToString());
        var last = JsonDocument.Parse(timeline.Stdout).RootElement.GetProperty("points").EnumerateArray().Last();
        Assert.Equal("R-CLOSE", last.GetProperty("reportId").GetString());
        Assert.Equal("2026-11-22", last.GetProperty("date").GetString());
        Assert.Equal("closed", last.GetProperty("status").GetString());
        Assert.Equal(0, last.GetProperty("releasedM2").GetDouble());
        var plain = CliRun.Run(dir.Path, "timeline", other, "--store", "s.gpkg");
        Assert.Contains(plain.Stdout.Split('\n'), line => line.Contains("2026-11-22", StringComparison.Ordinal)
            && line.Contains("R-CLOSE", StringComparison.Ordinal) && line.Contains("closed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_is_stored_all_or_nothing_unless_partial()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.Run(dir.Path, "demo", "--store", "s.gpkg", "--no-status").ExitCode);
        var first = Untouched(dir.File("s.gpkg"), 0);
        var second = Untouched(dir.File("s.gpkg"), 1);
        var (west, _, org) = Split(dir.File("s.gpkg"), first);
        var (otherWest, _, otherOrg) = Split(dir.File("s.gpkg"), second);
        File.WriteAllText(dir.File("mixed.json"), $"[{Clearance("R-GOOD", first, org, west)}, {Completion("R-BAD", second, otherOrg, otherWest)}, "
            + $"{Clearance("R-GOOD", first, org, west)}]");

        var whole = CliRun.Run(dir.Path, "report", "submit", "mixed.json", "--store", "s.gpkg");
        Assert.True(whole.ExitCode == 1, whole.ToString());
        Assert.Contains("nothing was stored: 2 of 3 reports refused", whole.Stderr, StringComparison.Ordinal);
        Assert.Contains("R-BAD: report R-BAD cannot be accepted: completion report R-BAD would close hazard " + second, whole.Stderr, StringComparison.Ordinal);
        Assert.Contains("R-GOOD: report R-GOOD already exists earlier in the batch", whole.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("submitted R-GOOD", whole.Stdout, StringComparison.Ordinal);
        Assert.Empty(Submitted(dir));

        var partial = CliRun.Run(dir.Path, "report", "submit", "mixed.json", "--partial", "--store", "s.gpkg");
        Assert.True(partial.ExitCode == 1, partial.ToString()); // not everything was stored
        Assert.Contains("submitted R-GOOD: clearance progress for hazard " + first, partial.Stdout, StringComparison.Ordinal);
        Assert.Contains("2 of 3 reports refused, the others stored (--partial)", partial.Stderr, StringComparison.Ordinal);
        Assert.Contains("  R-BAD: report R-BAD cannot be accepted: completion report R-BAD would close hazard", partial.Stderr, StringComparison.Ordinal);
        Assert.Equal(["R-GOOD"], Submitted(dir));
    }
}
