using System.Globalization;
using System.Net;
using Safeground.Core.Hazards;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>
/// A report sent twice is stored once (issue 14, point 8): the same report again (a retry after a lost answer) is
/// "already received", a different one under the same id is still a conflict; a progress report with neither land
/// nor effort is refused by its field. On a server of its own (these tests write).
/// </summary>
public class SubmitOnceApiTests(DemoServer server) : IClassFixture<DemoServer>
{
    private (string Hazard, string Half) Untouched(int skip)
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        var h = store.Hazards().Where(x => x.Status == HazardStatus.Open && x.Releases.Count == 0 && x.OrganisationId == DemoServer.OrgA)
            .OrderBy(x => x.HazardId, StringComparer.Ordinal).Skip(skip).First();
        var e = h.Remaining.EnvelopeInternal;
        double mid = (e.MinX + e.MaxX) / 2;
        return (h.HazardId, string.Create(CultureInfo.InvariantCulture, $"POLYGON (({e.MinX} {e.MinY}, {mid} {e.MinY}, {mid} {e.MaxY}, {e.MinX} {e.MaxY}, {e.MinX} {e.MinY}))"));
    }

    private static string Progress(string id, string hazard, string area, double days) => string.Create(CultureInfo.InvariantCulture, $$"""
        { "id": "{{id}}", "hazardId": "{{hazard}}", "organisationId": "{{DemoServer.OrgA}}", "dateOfInformation": "2026-11-20",
          "submittedBy": "reporter.a", "submittedAt": "2026-11-20T10:00:00Z",
          "body": { "kind": "clearance-progress", "areaWorked": "{{area}}", "deminerDays": {{days}}, "finds": [] } }
        """);

    [Fact]
    public async Task The_same_report_sent_again_is_already_received_and_a_different_one_under_its_id_is_a_conflict()
    {
        var (hazard, half) = Untouched(0);
        var reporter = server.ClientFor("reporter.a");
        var (first, created) = await Api.Post(reporter, "/api/v1/reports", Progress("R-SES3-ONCE-1", hazard, half, 12));
        Assert.Equal(HttpStatusCode.Created, first);
        Assert.False(created.TryGetProperty("alreadyReceived", out _));

        // The answer was lost; the form sends the same report again (its submittedAt is the clock's each time: not compared).
        var (again, received) = await Api.Post(reporter, "/api/v1/reports",
            Progress("R-SES3-ONCE-1", hazard, half, 12).Replace("10:00:00Z", "10:05:00Z", StringComparison.Ordinal));
        Assert.True(again == HttpStatusCode.OK, $"{again}: {received}");
        Assert.True(received.GetProperty("alreadyReceived").GetBoolean());
        Assert.Equal("R-SES3-ONCE-1", received.GetProperty("id").GetString());
        Assert.Equal("submitted", received.GetProperty("status").GetString());
        var history = (await Api.GetOk(server.Client, "/api/v1/reports/R-SES3-ONCE-1")).GetProperty("history");
        Assert.Equal(1, history.GetArrayLength()); // one submission, not two

        // Other content under the same id is another report: refused.
        var (changed, problem) = await Api.Post(reporter, "/api/v1/reports", Progress("R-SES3-ONCE-1", hazard, half, 13));
        Assert.Equal(HttpStatusCode.Conflict, changed);
        Assert.Contains("R-SES3-ONCE-1 already exists", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // And so is the same content from someone else (a colleague may not take over a report by resending it).
        var (other, _) = await Api.Post(server.ClientFor("manager.a"), "/api/v1/reports",
            Progress("R-SES3-ONCE-1", hazard, half, 12).Replace("reporter.a", "manager.a", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Conflict, other);
    }

    [Fact]
    public async Task A_clearance_progress_with_no_area_and_no_effort_is_refused_by_its_field()
    {
        var (hazard, _) = Untouched(1);
        var report = $$"""
            { "id": "R-SES3-EMPTY-1", "hazardId": "{{hazard}}", "organisationId": "{{DemoServer.OrgA}}", "dateOfInformation": "2026-11-20",
              "body": { "kind": "clearance-progress", "finds": [] } }
            """;
        var reporter = server.ClientFor("reporter.a");
        var (status, problem) = await Api.Post(reporter, "/api/v1/reports", report);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("needs the area worked or the effort spent", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var (_, check) = await Api.Post(reporter, "/api/v1/reports/check", report);
        var issue = check.GetProperty("issues").EnumerateArray().Single(i => i.GetProperty("field").GetString() == "body.deminerDays");
        Assert.Equal("error", issue.GetProperty("severity").GetString());
        Assert.Contains("give deminer-days or machine-hours", issue.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Get(server.Client, "/api/v1/reports/R-SES3-EMPTY-1")).Status);
    }
}
