using System.Globalization;
using System.Net;
using System.Text.Json;
using Safeground.Core.Hazards;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>POST /api/v1/reports/check: every problem of a report, field by field, and nothing stored.</summary>
public class ReportCheckApiTests(DemoServer server) : IClassFixture<DemoServer>
{
    /// <summary>An open hazard of organisation A nothing has been released from, with the western half of its bounding box and a point far outside it.</summary>
    private (string Hazard, string Half, string Inside, string Far) Untouched()
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        var h = store.Hazards().First(x => x.Status == HazardStatus.Open && x.Releases.Count == 0 && x.OrganisationId == DemoServer.OrgA);
        var e = h.Remaining.EnvelopeInternal;
        double mid = (e.MinX + e.MaxX) / 2;
        var inside = h.Remaining.InteriorPoint;
        return (h.HazardId,
            Invariant($"POLYGON (({e.MinX} {e.MinY}, {mid} {e.MinY}, {mid} {e.MaxY}, {e.MinX} {e.MaxY}, {e.MinX} {e.MinY}))"),
            Invariant($"POINT ({inside.X} {inside.Y})"),
            Invariant($"POINT ({e.MaxX + 0.05} {e.MaxY + 0.05})"));
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string Report(string id, string hazard, string date, string body) => $$"""
        { "id": "{{id}}", "hazardId": "{{hazard}}", "organisationId": "{{DemoServer.OrgA}}", "dateOfInformation": "{{date}}",
          "submittedAt": "2026-11-21T10:00:00+00:00", "submittedBy": "reporter.a", "body": {{body}} }
        """;

    private static string Find(string at, int quantity) =>
        $$"""{ "category": "ap-mine", "model": "PMN-2", "quantity": {{quantity}}, "condition": "intact", "depthCm": 10, "position": "{{at}}", "disposal": "destroyed-in-situ" }""";

    private async Task<(bool Ok, List<(string Field, string Severity, string Message)> Issues)> Check(string json, string user = "reporter.a")
    {
        var (status, body) = await Api.Post(server.ClientFor(user), "/api/v1/reports/check", json);
        Assert.True(status == HttpStatusCode.OK, $"{status} {body}");
        var issues = body.GetProperty("issues").EnumerateArray()
            .Select(i => (i.GetProperty("field").GetString()!, i.GetProperty("severity").GetString()!, i.GetProperty("message").GetString()!)).ToList();
        return (body.GetProperty("ok").GetBoolean(), issues);
    }

    [Fact]
    public async Task Rule_breaches_dates_and_finds_are_each_named_by_field_and_nothing_is_stored()
    {
        var (hazard, half, inside, _) = Untouched();
        var future = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (ok, issues) = await Check(Report("R-CHK-1", hazard, future,
            $$"""{ "kind": "completion", "cleared": "{{half}}", "clearanceDepthCm": 20, "finds": [{{Find(inside, 1)}}, {{Find(inside, 0)}}] }"""));

        Assert.False(ok);
        var errors = issues.Where(i => i.Severity == "error").ToList();
        Assert.Contains(errors, i => i.Field == "dateOfInformation" && i.Message.Contains("is in the future", StringComparison.Ordinal));
        Assert.Contains(errors, i => i.Field == "body.finds[1].quantity" && i.Message == "find 2: quantity 0 must be at least 1");
        // IMAS 09.10: a completion must leave nothing hazardous; the replay's sentence, pinned to the polygon.
        Assert.Contains(errors, i => i.Field == "body.cleared" && i.Message.Contains($"would close hazard {hazard} with", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Get(server.Client, "/api/v1/reports/R-CHK-1")).Status);
    }

    [Fact]
    public async Task A_legal_clearance_passes_and_a_find_far_outside_is_a_warning_on_its_position()
    {
        var (hazard, half, inside, far) = Untouched();
        var (ok, issues) = await Check(Report("R-CHK-2", hazard, "2026-11-20",
            $$"""{ "kind": "clearance-progress", "areaWorked": "{{half}}", "deminerDays": 40, "finds": [{{Find(inside, 1)}}, {{Find(far, 1)}}] }"""));

        Assert.True(ok, string.Join("\n", issues));
        Assert.DoesNotContain(issues, i => i.Severity == "error");
        var outside = Assert.Single(issues, i => i.Field.StartsWith("body.finds", StringComparison.Ordinal));
        Assert.Equal(("body.finds[1].position", "warning"), (outside.Field, outside.Severity));
        Assert.Contains($"outside hazard {hazard}", outside.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_hazards_existing_ids_and_swapped_coordinates_are_errors_on_their_fields()
    {
        var (hazard, half, _, _) = Untouched();
        var (_, unknown) = await Check(Report("R-CHK-3", "HA-NOPE-1", "2026-11-20",
            $$"""{ "kind": "clearance-progress", "areaWorked": "{{half}}", "deminerDays": 4, "finds": [] }"""));
        Assert.Contains(unknown, i => i.Field == "hazardId" && i.Message == "hazard HA-NOPE-1 does not exist");

        var existing = (await Api.GetOk(server.Client, "/api/v1/reports?limit=1")).GetProperty("items")[0].GetProperty("id").GetString();
        var (_, taken) = await Check(Report(existing!, hazard, "2026-11-20",
            $$"""{ "kind": "clearance-progress", "areaWorked": "{{half}}", "deminerDays": 4, "finds": [] }"""));
        Assert.Contains(taken, i => i.Field == "id" && i.Severity == "error");

        var swapped = SwapAxes(half);
        var (ok, wrong) = await Check(Report("R-CHK-4", hazard, "2026-11-20",
            $$"""{ "kind": "technical-survey", "reduced": "{{swapped}}", "confirmsCha": false, "finds": [] }"""));
        Assert.False(ok);
        Assert.Contains(wrong, i => i.Field == "body.reduced" && i.Message.Contains("swapped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_body_that_is_not_a_report_gets_one_issue_at_the_field_where_reading_stopped()
    {
        var (hazard, _, _, _) = Untouched();
        var (ok, issues) = await Check(Report("R-CHK-5", hazard, "2026-11-20",
            """{ "kind": "completion", "cleared": "POLYGON ((1 2, oops))", "clearanceDepthCm": 20, "finds": [] }"""));
        Assert.False(ok);
        var issue = Assert.Single(issues);
        Assert.Equal(("body.cleared", "error"), (issue.Field, issue.Severity));

        var (_, date) = await Check(Report("R-CHK-6", hazard, "20 November", """{ "kind": "eod-spot-task", "finds": [] }"""));
        Assert.Equal("dateOfInformation", Assert.Single(date).Field);
        var (_, broken) = await Check("{ \"id\": ");
        Assert.StartsWith("line 1", Assert.Single(broken).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checking_follows_the_submit_access_rules()
    {
        var (hazard, half, _, _) = Untouched();
        var report = Report("R-CHK-7", hazard, "2026-11-20", $$"""{ "kind": "clearance-progress", "areaWorked": "{{half}}", "deminerDays": 4, "finds": [] }""");
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.Post(server.ClientFor("reporter.b"), "/api/v1/reports/check", report)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.Post(server.ClientFor("viewer.a"), "/api/v1/reports/check", report)).Status);
        Assert.Equal(HttpStatusCode.OK, (await Api.Post(server.ClientFor("data.manager"), "/api/v1/reports/check", report)).Status);
    }

    [Fact]
    public async Task A_survey_creating_a_hazard_that_exists_is_an_error_on_the_hazard_and_a_new_one_passes()
    {
        var (hazard, half, _, _) = Untouched();
        string Create(string id, string hazardId) => Report(id, hazardId, "2026-11-20",
            $$"""{ "kind": "non-technical-survey", "action": "create", "name": "Field by the road", "region": "Izium", "class": "sha", "perimeter": "{{half}}", "evidence": [{ "type": "marking", "source": "visual" }], "suspectedCategories": ["ap-mine"] }""");

        var (exists, issues) = await Check(Create("R-CHK-8", hazard));
        Assert.False(exists);
        Assert.Contains(issues, i => i.Field == "hazardId" && i.Message.StartsWith($"hazard {hazard} already exists", StringComparison.Ordinal));

        // A new id drawn over a recorded hazard: allowed, but the reviewer is told the land is counted twice.
        var (ok, fresh) = await Check(Create("R-CHK-9", "HA-CHK-NEW-1"));
        Assert.True(ok, string.Join("\n", fresh));
        var same = Assert.Single(fresh);
        Assert.Equal(("body.perimeter", "warning"), (same.Field, same.Severity));
        Assert.Contains(hazard, same.Message, StringComparison.Ordinal); // hazard-overlap or hazard-duplicate, by how much the box covers
        Assert.StartsWith("hazards ", same.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Implausible_effort_is_a_warning_on_the_deminer_days()
    {
        var (hazard, half, _, _) = Untouched();
        string team, deployment;
        using (var store = GeoPackageStore.Open(server.StorePath, create: false))
        {
            var manual = store.Teams().Where(t => t.OrganisationId == DemoServer.OrgA && t.Asset == Safeground.Core.Reference.AssetKind.Manual).Select(t => t.Id).ToHashSet();
            var d = store.Deployments().First(d => manual.Contains(d.TeamId) && d.Start < new DateOnly(2026, 11, 1));
            (team, deployment) = (d.TeamId, d.Id);
        }
        string Progress(string id, string days) => $$"""
            { "id": "{{id}}", "hazardId": "{{hazard}}", "organisationId": "{{DemoServer.OrgA}}", "teamId": "{{team}}", "deploymentId": "{{deployment}}",
              "dateOfInformation": "2026-11-20", "submittedAt": "2026-11-21T10:00:00+00:00", "submittedBy": "reporter.a",
              "body": { "kind": "clearance-progress", "areaWorked": "{{half}}", "deminerDays": {{days}}, "finds": [] } }
            """;

        var (ok, fast) = await Check(Progress("R-CHK-10", "0.01"));
        Assert.True(ok);
        Assert.Contains(fast, i => i.Field == "body.deminerDays" && i.Severity == "warning" && i.Message.Contains("per deminer-day by manual team " + team, StringComparison.Ordinal));

        var (_, busy) = await Check(Progress("R-CHK-11", "1000000"));
        Assert.Contains(busy, i => i.Field == "body.deminerDays" && i.Severity == "warning" && i.Message.StartsWith($"deployment {deployment}: ", StringComparison.Ordinal));
    }

    private static string SwapAxes(string polygon)
    {
        var inner = polygon["POLYGON ((".Length..^2];
        var swapped = inner.Split(", ").Select(p => p.Split(' ')).Select(p => p[1] + " " + p[0]);
        return "POLYGON ((" + string.Join(", ", swapped) + "))";
    }
}
