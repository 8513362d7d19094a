using System.Net;
using Safeground.Core.Hazards;
using Safeground.Core.Reports;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>/api/v1/sync and /api/v1/reports/conflicts on a server of their own (they write), with the roles of <see cref="DemoServer"/>.</summary>
public class SyncApiTests(DemoServer server) : IClassFixture<DemoServer>
{
    // An approved clearance report of organisation A on a hazard still being worked: what two teams may both correct.
    private Report Correctable(int skip)
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        return store.Reports(ReportStatus.Approved)
            .Where(r => r.Report.OrganisationId == DemoServer.OrgA && r.Report.Body is ClearanceProgress && r.Report.HazardId is { } h
                && store.FindHazard(h)?.Status == HazardStatus.InProgress)
            .Select(r => r.Report).Skip(skip).First();
    }

    private static string Push(params Report[] reports) =>
        "{\"reports\":[" + string.Join(",", reports.Select(ReportJson.Serialize)) + "]}";

    [Fact]
    public async Task Corrections_pushed_from_two_places_are_listed_as_a_conflict_and_only_one_can_be_approved()
    {
        var original = Correctable(0);
        var c1 = original with { Id = "SYNC-C1", Supersedes = original.Id, SupersedeReason = "kit: track corrected", SubmittedBy = "reporter.a" };
        var c2 = original with { Id = "SYNC-C2", Supersedes = original.Id, SupersedeReason = "office: sketch corrected", SubmittedBy = "reporter.a" };
        var reporter = server.ClientFor("reporter.a");
        var (status, outcomes) = await Api.Post(reporter, "/api/v1/sync/push", Push(c1, c2, c1));
        Assert.True(status == HttpStatusCode.OK, outcomes.ToString());
        Assert.Equal(["accepted", "accepted", "already-present"], outcomes.EnumerateArray().Select(o => o.GetProperty("status").GetString()));

        var listed = await Api.GetOk(server.ClientFor("data.manager"), "/api/v1/reports/conflicts");
        var conflict = listed.GetProperty("conflicts").EnumerateArray().Single(c => c.GetProperty("superseded").GetString() == original.Id);
        Assert.Equal(["SYNC-C1", "SYNC-C2"], conflict.GetProperty("pending").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("approve one", conflict.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.Get(reporter, "/api/v1/reports/conflicts")).Status);
        Assert.Single((await Api.GetOk(server.ClientFor("manager.a"), "/api/v1/reports/conflicts")).GetProperty("conflicts").EnumerateArray(),
            c => c.GetProperty("superseded").GetString() == original.Id);

        var manager = server.ClientFor("data.manager");
        Assert.Equal(HttpStatusCode.OK, (await Api.Post(manager, "/api/v1/reports/SYNC-C1/approve", "{}")).Status);
        var (second, problem) = await Api.Post(manager, "/api/v1/reports/SYNC-C2/approve", "{}");
        Assert.Equal(HttpStatusCode.Conflict, second);
        Assert.StartsWith($"cannot approve report SYNC-C2: it supersedes {original.Id}, which is already superseded (superseded by SYNC-C1",
            problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var left = (await Api.GetOk(manager, "/api/v1/reports/conflicts")).GetProperty("conflicts").EnumerateArray()
            .Single(c => c.GetProperty("superseded").GetString() == original.Id);
        Assert.Equal("superseded", left.GetProperty("status").GetString());
        Assert.Equal(["SYNC-C2"], left.GetProperty("pending").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task A_viewer_cannot_push_and_a_reporter_pushes_and_receives_only_what_it_may()
    {
        var original = Correctable(1); // not the one the other test corrects, whichever runs first
        var mine = original with { Id = "SYNC-A1", Supersedes = original.Id, SupersedeReason = "kit: depth corrected", SubmittedBy = "reporter.a" };
        var (viewerStatus, viewerProblem) = await Api.Post(server.ClientFor("viewer"), "/api/v1/sync/push", Push(mine));
        Assert.Equal(HttpStatusCode.Forbidden, viewerStatus);
        Assert.Equal("viewer (viewer) cannot push reports; sync with the token of a field reporter or a data manager", viewerProblem.GetProperty("detail").GetString());

        var (bStatus, bOutcomes) = await Api.Post(server.ClientFor("reporter.b"), "/api/v1/sync/push", Push(mine));
        Assert.Equal(HttpStatusCode.OK, bStatus);
        var refused = Assert.Single(bOutcomes.EnumerateArray());
        Assert.Equal("refused", refused.GetProperty("status").GetString());
        Assert.Equal($"reporter.b cannot submit reports for organisation {DemoServer.OrgA}", refused.GetProperty("reason").GetString());

        Assert.Equal(HttpStatusCode.OK, (await Api.Post(server.ClientFor("reporter.a"), "/api/v1/sync/push", Push(mine))).Status);
        async Task<Dictionary<string, string>> Manifest(string user)
        {
            var list = (await Api.Post(server.ClientFor(user), "/api/v1/sync/manifest", """{"region":null,"hazards":[],"reports":[]}""")).Body;
            return list.EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("status").GetString()!);
        }
        Assert.Equal("submitted", (await Manifest("reporter.a"))["SYNC-A1"]);
        Assert.False((await Manifest("reporter.b")).ContainsKey("SYNC-A1"));
        Assert.False((await Manifest("viewer")).ContainsKey("SYNC-A1"));
        Assert.True((await Manifest("viewer")).ContainsKey(original.Id));

        var (_, fetchedByB) = await Api.Post(server.ClientFor("reporter.b"), "/api/v1/sync/fetch", """{"ids":["SYNC-A1"]}""");
        Assert.Empty(fetchedByB.EnumerateArray());
        var (_, fetchedByA) = await Api.Post(server.ClientFor("reporter.a"), "/api/v1/sync/fetch", """{"ids":["SYNC-A1","NO-SUCH-REPORT"]}""");
        var one = Assert.Single(fetchedByA.EnumerateArray());
        Assert.Equal("SYNC-A1", one.GetProperty("report").GetProperty("id").GetString());
        Assert.Equal(["submitted"], one.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("status").GetString()));
        var (bad, badProblem) = await Api.Post(server.ClientFor("reporter.a"), "/api/v1/sync/fetch", """{"ids": 7}""");
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Contains("not a list of report ids", badProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
