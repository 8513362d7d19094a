using System.Globalization;
using System.Net;
using Safeground.Core.Hazards;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>POST /api/v1/reports/batch: an array of reports is one unit, as <c>safeground report submit FILE</c>.</summary>
public class ReportBatchApiTests(DemoServer server) : IClassFixture<DemoServer>
{
    private HttpClient Submitter => _submitter ??= server.ClientFor("admin");
    private HttpClient? _submitter;

    /// <summary>An open hazard nothing has been released from: its organisation and the west and east halves of its bounding box.</summary>
    private (string Hazard, string Org, string West, string East) Untouched(int skip)
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        var h = store.Hazards().Where(x => x.Status == HazardStatus.Open && x.Releases.Count == 0).Skip(skip).First();
        var e = h.Remaining.EnvelopeInternal;
        double mid = (e.MinX + e.MaxX) / 2;
        string Box(double w, double east) => string.Create(CultureInfo.InvariantCulture, $"POLYGON (({w} {e.MinY}, {east} {e.MinY}, {east} {e.MaxY}, {w} {e.MaxY}, {w} {e.MinY}))");
        return (h.HazardId, h.OrganisationId, Box(e.MinX, mid), Box(mid, e.MaxX));
    }

    private static string Clearance(string id, string hazard, string org, string wkt) => $$"""
        { "id": "{{id}}", "hazardId": "{{hazard}}", "organisationId": "{{org}}", "dateOfInformation": "2026-11-20",
          "body": { "kind": "clearance-progress", "areaWorked": "{{wkt}}", "deminerDays": 40, "finds": [] } }
        """;

    private static string Completion(string id, string hazard, string org, string wkt) => $$"""
        { "id": "{{id}}", "hazardId": "{{hazard}}", "organisationId": "{{org}}", "dateOfInformation": "2026-11-21",
          "body": { "kind": "completion", "cleared": "{{wkt}}", "clearanceDepthCm": 20, "finds": [] } }
        """;

    [Fact]
    public async Task An_array_is_checked_in_its_order_and_stored_all_or_nothing()
    {
        var (hazard, org, west, east) = Untouched(0);
        var (refused, problem) = await Api.Post(Submitter, "/api/v1/reports/batch",
            $"[{Completion("R-BATCH-DONE", hazard, org, east)}, {Clearance("R-BATCH-WORK", hazard, org, west)}]");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.StartsWith("nothing was stored: 1 of 2 reports refused", detail, StringComparison.Ordinal);
        Assert.Contains("R-BATCH-DONE: report R-BATCH-DONE cannot be accepted: completion report R-BATCH-DONE would close hazard " + hazard, detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Get(server.Client, "/api/v1/reports/R-BATCH-WORK")).Status);

        // The completion after its clearance is checked against it.
        var (created, body) = await Api.Post(Submitter, "/api/v1/reports/batch",
            $"[{Clearance("R-BATCH-1", hazard, org, west)}, {Completion("R-BATCH-2", hazard, org, east)}]");
        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal(2, body.GetProperty("stored").GetInt32());
        Assert.Equal(["accepted", "accepted"], body.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("outcome").GetString()));
        Assert.Equal("submitted", (await Api.GetOk(server.Client, "/api/v1/reports/R-BATCH-2")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Partial_keeps_the_reports_that_pass_and_lists_the_rest()
    {
        var (good, goodOrg, goodWest, _) = Untouched(1);
        var (bad, badOrg, badWest, _) = Untouched(2);
        var json = $"[{Clearance("R-BATCH-GOOD", good, goodOrg, goodWest)}, {Completion("R-BATCH-BAD", bad, badOrg, badWest)}]";

        var (status, body) = await Api.Post(Submitter, "/api/v1/reports/batch?partial=true", json);
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(1, body.GetProperty("stored").GetInt32());
        var reports = body.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(["R-BATCH-GOOD", "R-BATCH-BAD"], reports.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("accepted", reports[0].GetProperty("outcome").GetString());
        Assert.Equal("/api/v1/reports/R-BATCH-GOOD", reports[0].GetProperty("href").GetString());
        Assert.Equal("refused", reports[1].GetProperty("outcome").GetString());
        Assert.StartsWith("report R-BATCH-BAD cannot be accepted: completion report R-BATCH-BAD would close hazard " + bad, reports[1].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Get(server.Client, "/api/v1/reports/R-BATCH-BAD")).Status);

        Assert.Equal(HttpStatusCode.BadRequest, (await Api.Post(Submitter, "/api/v1/reports/batch?partial=maybe", json)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Api.Post(Submitter, "/api/v1/reports/batch", "[]")).Status);
    }
}
