using System.Globalization;
using System.Net;
using Safeground.Core.Hazards;
using Safeground.Core.Reports;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>
/// No one acting for another, over HTTP: an organisation cannot replace another organisation's report (at submission,
/// by sync, nor by approving a correction smuggled into the store), and who submitted and when is the server's to say.
/// </summary>
public class ActingForOthersTests(DemoServer server) : IClassFixture<DemoServer>
{
    /// <summary>An approved accident report of <paramref name="org"/> whose accident row is on the map.</summary>
    private Report ApprovedAccident(string org, int skip = 0)
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        var id = store.Accidents().Where(a => a.OrganisationId == org).Skip(skip).First().ReportId;
        return store.FindReport(id)!.Report;
    }

    private bool HasAccident(string reportId)
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        return store.Accidents().Any(a => a.ReportId == reportId);
    }

    private ReportStatus? StatusOf(string reportId)
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        return store.FindReport(reportId)?.Status;
    }

    [Fact]
    public async Task A_reporter_of_B_cannot_supersede_As_accident_report_by_submit_or_by_sync()
    {
        var victim = ApprovedAccident(DemoServer.OrgA);
        var attack = victim with { Id = "R-ATTACK-1", OrganisationId = DemoServer.OrgB, Supersedes = victim.Id, SupersedeReason = "nothing happened", SubmittedBy = "reporter.b" };
        var reporterB = server.ClientFor("reporter.b");

        var (status, problem) = await Api.Post(reporterB, "/api/v1/reports", ReportJson.Serialize(attack));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal($"reporter.b cannot supersede report {victim.Id}: it is of organisation {DemoServer.OrgA}, which reporter.b may not submit for",
            problem.GetProperty("detail").GetString());

        var (pushed, outcomes) = await Api.Post(reporterB, "/api/v1/sync/push", "{\"reports\":[" + ReportJson.Serialize(attack with { Id = "R-ATTACK-2" }) + "]}");
        Assert.Equal(HttpStatusCode.OK, pushed);
        var outcome = Assert.Single(outcomes.EnumerateArray());
        Assert.Equal("refused", outcome.GetProperty("status").GetString());
        Assert.Equal($"reporter.b cannot supersede report {victim.Id}: it is of organisation {DemoServer.OrgA}, which reporter.b may not submit for",
            outcome.GetProperty("reason").GetString());

        Assert.Null(StatusOf("R-ATTACK-1"));
        Assert.Null(StatusOf("R-ATTACK-2"));
        Assert.Equal(ReportStatus.Approved, StatusOf(victim.Id));
        Assert.True(HasAccident(victim.Id));
    }

    [Fact]
    public async Task A_correction_smuggled_into_the_store_is_not_approved_by_a_data_manager_of_the_wrong_organisation()
    {
        var victim = ApprovedAccident(DemoServer.OrgB);
        var smuggled = victim with { Id = "R-SMUGGLED-1", OrganisationId = DemoServer.OrgA, Supersedes = victim.Id, SupersedeReason = "nothing happened", SubmittedBy = "reporter.a" };
        using (var store = GeoPackageStore.Open(server.StorePath, create: false))
        using (var tx = store.BeginWrite())
        {
            tx.AddReport(smuggled, new ReportEvent(smuggled.Id, ReportStatus.Submitted, DateTimeOffset.UtcNow, "reporter.a", null));
            tx.Commit();
        }
        var (status, problem) = await Api.Post(server.ClientFor("manager.a"), $"/api/v1/reports/{smuggled.Id}/approve", "{}");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal($"manager.a cannot approve report {smuggled.Id}: it supersedes {victim.Id} of organisation {DemoServer.OrgB}, which manager.a may not decide on",
            problem.GetProperty("detail").GetString());
        Assert.Equal(ReportStatus.Submitted, StatusOf(smuggled.Id));
        Assert.Equal(ReportStatus.Approved, StatusOf(victim.Id));
        Assert.True(HasAccident(victim.Id));
    }

    private string Progress(string id, string extra = "")
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        var h = store.Hazards().Where(x => x.OrganisationId == DemoServer.OrgA && x.Status == HazardStatus.Open && x.Releases.Count == 0)
            .Skip(id.EndsWith('2') ? 1 : 0).First();
        var e = h.Remaining.EnvelopeInternal;
        double mid = (e.MinX + e.MaxX) / 2;
        var half = string.Create(CultureInfo.InvariantCulture, $"POLYGON (({e.MinX} {e.MinY}, {mid} {e.MinY}, {mid} {e.MaxY}, {e.MinX} {e.MaxY}, {e.MinX} {e.MinY}))");
        return $$"""
            { "id": "{{id}}", "hazardId": "{{h.HazardId}}", "organisationId": "{{DemoServer.OrgA}}", "dateOfInformation": "2026-11-20"{{extra}},
              "body": { "kind": "clearance-progress", "areaWorked": "{{half}}", "deminerDays": 40, "finds": [] } }
            """;
    }

    [Fact]
    public async Task Who_submitted_and_when_are_the_signed_in_user_and_the_servers_clock()
    {
        var reporter = server.ClientFor("reporter.a");
        var (named, problem) = await Api.Post(reporter, "/api/v1/reports", Progress("R-WHO-1", ", \"submittedBy\": \"manager.a\""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, named);
        Assert.Equal("submittedBy: 'manager.a' is not the signed-in user (reporter.a); leave it out, the report is recorded under your name",
            problem.GetProperty("detail").GetString());

        var before = DateTimeOffset.UtcNow;
        var (created, body) = await Api.Post(reporter, "/api/v1/reports", Progress("R-WHO-1", ", \"submittedAt\": \"2020-01-01T00:00:00+00:00\""));
        Assert.True(created == HttpStatusCode.Created, $"{created} {body}");
        var (again, _) = await Api.Post(reporter, "/api/v1/reports", Progress("R-WHO-2"));
        Assert.Equal(HttpStatusCode.Created, again);
        using (var store = GeoPackageStore.Open(server.StorePath, create: false))
        {
            var first = store.FindReport("R-WHO-1")!.Report;
            var second = store.FindReport("R-WHO-2")!.Report;
            Assert.Equal("reporter.a", first.SubmittedBy);
            Assert.True(first.SubmittedAt >= before, $"{first.SubmittedAt:o} is not the server's time of receipt");
            Assert.True(second.SubmittedAt >= first.SubmittedAt); // same day of information: they replay in the order they arrived
            Assert.Equal("reporter.a", store.History("R-WHO-2").Single().By);
        }
        var (notMine, decision) = await Api.Post(server.ClientFor("manager.a"), "/api/v1/reports/R-WHO-1/approve", """{ "by": "data.manager" }""");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notMine);
        Assert.StartsWith("by: 'data.manager' is not the signed-in user (manager.a)", decision.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_data_manager_cannot_approve_their_own_report()
    {
        var manager = server.ClientFor("manager.a");
        var (created, body) = await Api.Post(manager, "/api/v1/reports", Progress("R-OWN-1"));
        Assert.True(created == HttpStatusCode.Created, $"{created} {body}");
        var (own, problem) = await Api.Post(manager, "/api/v1/reports/R-OWN-1/approve", "{}");
        Assert.Equal(HttpStatusCode.Forbidden, own);
        Assert.Equal("manager.a cannot approve report R-OWN-1: they submitted it, and the programme's rules (default: approval.allowSelfApproval is false) "
            + "require a second person to approve (four eyes)", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await Api.Post(server.Client, "/api/v1/reports/R-OWN-1/approve", "{}")).Status);
    }
}
