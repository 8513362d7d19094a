using System.Globalization;
using System.Net;
using Microsoft.Playwright;
using Safeground.Core.Hazards;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>
/// The review queue in a real browser, on a server of its own (it writes): a data manager sees what a report
/// would change before deciding — on the map and in figures — approves one and rejects another with a reason,
/// and the author reads that reason under "My reports".
/// </summary>
public sealed class ReviewQueueTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task A_data_manager_sees_the_change_approves_a_completion_and_rejects_a_clearance_whose_author_reads_why()
    {
        var (hazard, remaining, half) = UntouchedHazardOfOrgA();
        var reporter = server.ClientFor("reporter.a");
        var (completion, _) = await Api.Post(reporter, "/api/v1/reports", Report("R-REVIEW-1", hazard,
            $$"""{ "kind": "completion", "cleared": "{{remaining}}", "clearanceDepthCm": 20, "finds": [] }"""));
        Assert.Equal(HttpStatusCode.Created, completion);
        var second = UntouchedHazardOfOrgA(skip: 1);
        var (other, _) = await Api.Post(reporter, "/api/v1/reports", Report("R-REVIEW-2", second.Hazard,
            $$"""{ "kind": "clearance-progress", "areaWorked": "{{second.Half}}", "deminerDays": 4, "finds": [] }"""));
        Assert.Equal(HttpStatusCode.Created, other);
        double before = (await Api.GetOk(server.Client, $"/api/v1/hazards/{hazard}")).GetProperty("areas").GetProperty("remainingM2").GetDouble();
        Assert.True(before > 0);

        await using var browser = await Browser.Open();
        var page = browser.Page;
        await browser.SignIn(server, "data.manager", "#review");
        await browser.WaitForMap("reviewMap");
        await page.Locator(".review-item", new() { HasText = "R-REVIEW-1" }).ClickAsync();
        await Assertions.Expect(page.Locator("#review-title")).ToContainTextAsync("R-REVIEW-1: completion");
        // What approval would do, replayed by the server: nothing remains, and the released land is drawn.
        var after = page.Locator($"table[data-hazard='{hazard}'] td[data-key='after-remainingM2']");
        Assert.Equal(0, double.Parse((await after.GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture), 1);
        await Assertions.Expect(page.Locator($"table[data-hazard='{hazard}'] td[data-key='before-remainingM2']")).ToContainTextAsync(Hectares(before));
        await page.WaitForFunctionAsync("() => window.safeground.reviewMap.querySourceFeatures('released').length > 0");
        await browser.WaitForMap("reviewMap");
        int drawn = await page.EvaluateAsync<int>("() => window.safeground.reviewMap.queryRenderedFeatures({ layers: ['impact-released'] }).length");
        Assert.True(drawn > 0, "the released land is not drawn on the review map");
        await browser.Screenshot("review-queue.png");

        await page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(page.Locator("#decision-message")).ToHaveTextAsync("R-REVIEW-1 approved.");
        var closed = await Api.GetOk(server.Client, $"/api/v1/hazards/{hazard}");
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal(0, closed.GetProperty("areas").GetProperty("remainingM2").GetDouble(), 1);
        await Assertions.Expect(page.Locator(".review-item", new() { HasText = "R-REVIEW-1" })).ToHaveCountAsync(0);

        // Rejecting needs a reason; the author then reads it.
        await page.Locator(".review-item", new() { HasText = "R-REVIEW-2" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        await Assertions.Expect(page.Locator("#decision-message")).ToContainTextAsync("Give a reason");
        await page.GetByLabel("Reason for rejecting").FillAsync("4 deminer-days cannot clear this much: check the effort");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        await Assertions.Expect(page.Locator("#decision-message")).ToHaveTextAsync("R-REVIEW-2 rejected.");

        await browser.SignOut();
        await browser.SignIn(server, "reporter.a", "#mine");
        var mine = page.Locator("#my-rejected-list li[data-report='R-REVIEW-2']");
        await Assertions.Expect(mine).ToContainTextAsync("Reason: 4 deminer-days cannot clear this much: check the effort");
        // A field reporter has no review queue.
        await Assertions.Expect(page.Locator("#nav-review")).ToHaveCountAsync(0);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task The_impact_of_a_report_is_the_replay_approval_would_make_and_is_hidden_like_the_report()
    {
        var (hazard, _, half) = UntouchedHazardOfOrgA(skip: 2);
        var (submitted, _) = await Api.Post(server.ClientFor("reporter.a"), "/api/v1/reports", Report("R-IMPACT-1", hazard,
            $$"""{ "kind": "clearance-progress", "areaWorked": "{{half}}", "deminerDays": 30, "finds": [] }"""));
        Assert.Equal(HttpStatusCode.Created, submitted);
        var impact = await Api.GetOk(server.Client, "/api/v1/reports/R-IMPACT-1/impact");
        var change = Assert.Single(impact.GetProperty("hazards").EnumerateArray());
        Assert.Equal(hazard, change.GetProperty("id").GetString());
        var before = change.GetProperty("before");
        var after = change.GetProperty("after");
        double released = change.GetProperty("releases").EnumerateArray().Sum(r => r.GetProperty("areaM2").GetDouble());
        Assert.True(released > 100, "the clearance releases land");
        Assert.Equal(before.GetProperty("remainingM2").GetDouble() - released, after.GetProperty("remainingM2").GetDouble(), 1);
        Assert.Equal(released, after.GetProperty("clearedM2").GetDouble(), 1);
        Assert.Equal("open", before.GetProperty("status").GetString());
        Assert.Equal("in-progress", after.GetProperty("status").GetString());
        // Nothing was stored: the hazard is as it was.
        var stored = await Api.GetOk(server.Client, $"/api/v1/hazards/{hazard}");
        Assert.Equal(before.GetProperty("remainingM2").GetDouble(), stored.GetProperty("areas").GetProperty("remainingM2").GetDouble(), 1);

        // Approval writes exactly the "after" shown.
        var (approved, _) = await Api.Post(server.Client, "/api/v1/reports/R-IMPACT-1/approve", "{}");
        Assert.Equal(HttpStatusCode.OK, approved);
        stored = await Api.GetOk(server.Client, $"/api/v1/hazards/{hazard}");
        Assert.Equal(after.GetProperty("remainingM2").GetDouble(), stored.GetProperty("areas").GetProperty("remainingM2").GetDouble(), 1);

        // Another organisation's unapproved report is as invisible through /impact as it is itself.
        var other = UntouchedHazardOfOrgA(skip: 3);
        var (hidden, _) = await Api.Post(server.ClientFor("reporter.a"), "/api/v1/reports", Report("R-IMPACT-2", other.Hazard,
            $$"""{ "kind": "clearance-progress", "areaWorked": "{{other.Half}}", "deminerDays": 30, "finds": [] }"""));
        Assert.Equal(HttpStatusCode.Created, hidden);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Get(server.ClientFor("reporter.b"), "/api/v1/reports/R-IMPACT-2/impact")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Get(server.Client, "/api/v1/reports/R-NOWHERE/impact")).Status);
    }

    [Fact]
    public async Task A_reopening_shows_the_land_it_returns_to_hazardous_in_the_after_map_not_as_released()
    {
        // A hazard of organisation A with cleared land, nothing pending: a QC failure reopens one of its releases.
        string hazard, reopened;
        double lon, lat;
        using (var store = GeoPackageStore.Open(server.StorePath, create: false))
        {
            var h = store.Hazards().Where(x => x.OrganisationId == DemoServer.OrgA && x.ReopenedM2 == 0
                && x.Releases.Any(r => r.Method == ReleaseMethod.Cleared && r.AreaM2 > 2000)
                && store.ReportsOfHazard(x.HazardId).All(r => r.Status != Core.Reports.ReportStatus.Submitted)).First();
            var release = h.Releases.Where(r => r.Method == ReleaseMethod.Cleared).OrderByDescending(r => r.AreaM2).First();
            (hazard, reopened) = (h.HazardId, release.Area.AsText());
            var inside = release.Area.InteriorPoint;
            (lon, lat) = (inside.X, inside.Y);
        }
        var (submitted, body) = await Api.Post(server.ClientFor("reporter.a"), "/api/v1/reports", Report("R-REOPEN-1", hazard,
            $$"""{ "kind": "reopening", "reopened": "{{reopened}}", "reason": "QC sample found a PMN-2 on cleared land" }"""));
        Assert.True(submitted == HttpStatusCode.Created, body.ToString());
        var change = Assert.Single((await Api.GetOk(server.Client, "/api/v1/reports/R-REOPEN-1/impact")).GetProperty("hazards").EnumerateArray());
        Assert.True(change.GetProperty("after").GetProperty("remainingM2").GetDouble() > change.GetProperty("before").GetProperty("remainingM2").GetDouble() + 1000,
            "the reopening adds the land back to what remains");
        var reopenedM2 = change.GetProperty("after").GetProperty("reopenedM2").GetDouble();
        Assert.Equal(change.GetProperty("after").GetProperty("remainingM2").GetDouble() - change.GetProperty("before").GetProperty("remainingM2").GetDouble(),
            reopenedM2 - change.GetProperty("before").GetProperty("reopenedM2").GetDouble(), 3);

        await using var browser = await Browser.Open();
        var page = browser.Page;
        await browser.SignIn(server, "data.manager", "#review");
        await browser.WaitForMap("reviewMap");
        await page.Locator(".review-item", new() { HasText = "R-REOPEN-1" }).ClickAsync();
        await Assertions.Expect(page.Locator("#review-title")).ToContainTextAsync("R-REOPEN-1");
        await page.WaitForFunctionAsync("() => window.safeground.reviewMap.querySourceFeatures('reopened').length > 0");
        await browser.WaitForMap("reviewMap");
        // At a point of the reopened land: remaining after (red), outlined as reopened, and not drawn as released (green).
        var at = $"[{lon.ToString(CultureInfo.InvariantCulture)}, {lat.ToString(CultureInfo.InvariantCulture)}]";
        async Task<int> Drawn(string layer) => await page.EvaluateAsync<int>(
            $"() => {{ const m = window.safeground.reviewMap; return m.queryRenderedFeatures(m.project({at}), {{ layers: ['{layer}'] }}).length; }}");
        Assert.True(await Drawn("impact-after") > 0, "the reopened land is not in the after map");
        Assert.Equal(0, await Drawn("impact-released"));
        Assert.True(await page.EvaluateAsync<int>("() => window.safeground.reviewMap.queryRenderedFeatures({ layers: ['impact-reopened'] }).length") > 0,
            "the reopened land is not outlined");
        await Assertions.Expect(page.Locator(".review-legend")).ToContainTextAsync("Returned to hazardous by this report");
        // The table has the reopened figure as a row of its own, as status does.
        await Assertions.Expect(page.Locator("[data-key=after-reopenedM2]")).ToHaveAttributeAsync("data-value", reopenedM2.ToString("R", CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator(".impact-table tr", new() { HasText = "Reopened (hazardous again)" })).ToHaveCountAsync(1);
        Assert.Empty(browser.Errors);
    }

    private static string Hectares(double m2) => (m2 / 10000).ToString("#,0.##", CultureInfo.InvariantCulture) + " ha";

    private (string Hazard, string Remaining, string Half) UntouchedHazardOfOrgA(int skip = 0)
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        var h = store.Hazards().Where(x => x.Status == HazardStatus.Open && x.Releases.Count == 0 && x.OrganisationId == DemoServer.OrgA
            && store.ReportsOfHazard(x.HazardId).All(r => r.Status != Core.Reports.ReportStatus.Submitted)).Skip(skip).First();
        var e = h.Remaining.EnvelopeInternal;
        double mid = (e.MinX + e.MaxX) / 2;
        var half = string.Create(CultureInfo.InvariantCulture, $"POLYGON (({e.MinX} {e.MinY}, {mid} {e.MinY}, {mid} {e.MaxY}, {e.MinX} {e.MaxY}, {e.MinX} {e.MinY}))");
        return (h.HazardId, h.Remaining.AsText(), half);
    }

    private static string Report(string id, string hazard, string body) => $$"""
        { "id": "{{id}}", "hazardId": "{{hazard}}", "organisationId": "{{DemoServer.OrgA}}", "dateOfInformation": "2026-11-20",
          "submittedAt": "2026-11-21T10:00:00+00:00", "submittedBy": "reporter.a", "body": {{body}} }
        """;
}
