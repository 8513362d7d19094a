using System.Globalization;
using System.Net;
using Safeground.Core.Hazards;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>A report's life over HTTP, on a server of its own (these tests write): the same rules and sentences as the CLI.</summary>
public class ApiLifecycleTests(DemoServer server) : IClassFixture<DemoServer>
{
    // Reports are submitted by the admin and decided by data.manager: nobody approves their own report (four eyes).
    private HttpClient Submitter => _submitter ??= server.ClientFor("admin");
    private HttpClient? _submitter;

    /// <summary>The <paramref name="skip"/>-th open hazard nothing has been released from, its organisation and the western half of its bounding box.</summary>
    private (string Hazard, string Org, string Half) Untouched(int skip)
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        var h = store.Hazards().Where(x => x.Status == HazardStatus.Open && x.Releases.Count == 0).Skip(skip).First();
        var e = h.Remaining.EnvelopeInternal;
        double mid = (e.MinX + e.MaxX) / 2;
        var half = string.Create(CultureInfo.InvariantCulture, $"POLYGON (({e.MinX} {e.MinY}, {mid} {e.MinY}, {mid} {e.MaxY}, {e.MinX} {e.MaxY}, {e.MinX} {e.MinY}))");
        return (h.HazardId, h.OrganisationId, half);
    }

    private static string Report(string id, string hazard, string org, string body, string extra = "") => $$"""
        { "id": "{{id}}", "hazardId": "{{hazard}}", "organisationId": "{{org}}", "dateOfInformation": "2026-11-20",
          "body": {{body}}{{extra}} }
        """;

    [Fact]
    public async Task An_illegal_completion_is_refused_and_an_approved_clearance_grows_the_cleared_area()
    {
        var (hazard, org, half) = Untouched(0);
        var (refused, problem) = await Api.Post(Submitter, "/api/v1/reports",
            Report("R-API-1", hazard, org, $$"""{ "kind": "completion", "cleared": "{{half}}", "clearanceDepthCm": 20, "finds": [] }"""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused);
        Assert.StartsWith($"report R-API-1 cannot be accepted: completion report R-API-1 would close hazard {hazard} with", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Get(server.Client, "/api/v1/reports/R-API-1")).Status);

        var (submitted, created) = await Api.Post(Submitter, "/api/v1/reports",
            Report("R-API-2", hazard, org, $$"""{ "kind": "clearance-progress", "areaWorked": "{{half}}", "deminerDays": 40, "finds": [] }"""));
        Assert.Equal(HttpStatusCode.Created, submitted);
        Assert.Equal("submitted", created.GetProperty("status").GetString());
        var queue = await Api.All(server.Client, "/api/v1/reports?status=submitted");
        Assert.Contains("R-API-2", queue.Select(r => r.GetProperty("id").GetString()));

        var before = (await Api.GetOk(server.Client, $"/api/v1/hazards/{hazard}")).GetProperty("areas");
        var (approvedStatus, approved) = await Api.Post(server.Client, "/api/v1/reports/R-API-2/approve", """{ "by": "data.manager" }""");
        Assert.Equal(HttpStatusCode.OK, approvedStatus);
        Assert.Equal("in-progress", approved.GetProperty("hazards")[0].GetProperty("status").GetString());
        var after = (await Api.GetOk(server.Client, $"/api/v1/hazards/{hazard}")).GetProperty("areas");
        Assert.True(after.GetProperty("clearedM2").GetDouble() > before.GetProperty("clearedM2").GetDouble() + 1_000);
        Assert.Equal(0, before.GetProperty("clearedM2").GetDouble());

        var shown = await Api.GetOk(server.Client, "/api/v1/reports/R-API-2");
        Assert.Equal("approved", shown.GetProperty("status").GetString());
        Assert.Equal(["submitted", "approved"], shown.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("status").GetString()));
        var (again, conflict) = await Api.Post(server.Client, "/api/v1/reports/R-API-2/approve", """{ "by": "data.manager" }""");
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Equal("cannot approve report R-API-2: it is already approved", conflict.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_and_is_recorded_with_it()
    {
        var (hazard, org, half) = Untouched(1);
        var (submitted, _) = await Api.Post(Submitter, "/api/v1/reports",
            Report("R-API-3", hazard, org, $$"""{ "kind": "clearance-progress", "areaWorked": "{{half}}", "deminerDays": 4, "finds": [] }"""));
        Assert.Equal(HttpStatusCode.Created, submitted);
        var (noReason, problem) = await Api.Post(server.Client, "/api/v1/reports/R-API-3/reject", """{ "by": "data.manager" }""");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason);
        Assert.Contains("needs a reason", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var (noBy, _) = await Api.Post(server.Client, "/api/v1/reports/R-API-3/reject", """{ "by": "someone.else", "reason": "why not" }""");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noBy);

        var (rejected, body) = await Api.Post(server.Client, "/api/v1/reports/R-API-3/reject", """{ "by": "data.manager", "reason": "4 deminer-days cannot clear 3 ha" }""");
        Assert.Equal(HttpStatusCode.OK, rejected);
        Assert.Equal("rejected", body.GetProperty("status").GetString());
        var shown = await Api.GetOk(server.Client, "/api/v1/reports/R-API-3");
        Assert.Equal("4 deminer-days cannot clear 3 ha", shown.GetProperty("statusReason").GetString());
        var listed = await Api.GetOk(server.Client, $"/api/v1/reports?status=rejected&hazard={hazard}");
        Assert.Equal(1, listed.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_supersede_is_a_submit_that_replaces_an_approved_report_once_approved()
    {
        var (hazard, org, half) = Untouched(2);
        Assert.Equal(HttpStatusCode.Created, (await Api.Post(Submitter, "/api/v1/reports",
            Report("R-API-4", hazard, org, $$"""{ "kind": "clearance-progress", "areaWorked": "{{half}}", "deminerDays": 40, "finds": [] }"""))).Status);
        Assert.Equal(HttpStatusCode.OK, (await Api.Post(server.Client, "/api/v1/reports/R-API-4/approve", """{ "by": "data.manager" }""")).Status);

        var body = $$"""{ "kind": "clearance-progress", "areaWorked": "{{half}}", "deminerDays": 45, "finds": [] }""";
        var (noReason, problem) = await Api.Post(Submitter, "/api/v1/reports/R-API-4/supersede", Report("R-API-5", hazard, org, body));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason);
        Assert.Equal("report R-API-5 supersedes R-API-4 but gives no reason", problem.GetProperty("detail").GetString());

        var (created, summary) = await Api.Post(Submitter, "/api/v1/reports/R-API-4/supersede",
            Report("R-API-5", hazard, org, body, ", \"supersedeReason\": \"effort was 45 deminer-days\""));
        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal("R-API-4", summary.GetProperty("supersedes").GetString());
        Assert.Equal(HttpStatusCode.OK, (await Api.Post(server.Client, "/api/v1/reports/R-API-5/approve", """{ "by": "data.manager" }""")).Status);
        Assert.Equal("superseded", (await Api.GetOk(server.Client, "/api/v1/reports/R-API-4")).GetProperty("status").GetString());
    }
}
