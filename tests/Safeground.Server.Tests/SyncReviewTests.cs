using System.Net;
using Microsoft.Playwright;
using Safeground.Core.Hazards;
using Safeground.Core.Reports;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>The review queue in a real browser marks competing corrections brought together by a sync, and says what to do.</summary>
public sealed class SyncReviewTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task The_review_queue_marks_corrections_that_supersede_the_same_report()
    {
        Report original;
        using (var store = GeoPackageStore.Open(server.StorePath, create: false))
        {
            original = store.Reports(ReportStatus.Approved)
                .Where(r => r.Report.OrganisationId == DemoServer.OrgA && r.Report.Body is ClearanceProgress && r.Report.HazardId is { } h
                    && store.FindHazard(h)?.Status == HazardStatus.InProgress)
                .Select(r => r.Report).First();
        }
        var kit = original with { Id = "SYNC-W-KIT", Supersedes = original.Id, SupersedeReason = "kit: track corrected", SubmittedBy = "reporter.a" };
        var office = original with { Id = "SYNC-W-OFFICE", Supersedes = original.Id, SupersedeReason = "office: sketch corrected", SubmittedBy = "reporter.a" };
        var (status, _) = await Api.Post(server.ClientFor("reporter.a"), "/api/v1/sync/push",
            "{\"reports\":[" + ReportJson.Serialize(kit) + "," + ReportJson.Serialize(office) + "]}");
        Assert.Equal(HttpStatusCode.OK, status);

        await using var browser = await Browser.Open();
        var page = browser.Page;
        await browser.SignIn(server, "data.manager", "#review");
        await browser.WaitForMap("reviewMap");
        var item = page.Locator(".review-item", new() { HasText = "SYNC-W-KIT" });
        await Assertions.Expect(item).ToContainTextAsync("Competing correction", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".review-item", new() { HasText = "SYNC-W-OFFICE" })).ToContainTextAsync("Competing correction");
        await item.ClickAsync();
        await Assertions.Expect(page.Locator("#review-detail [role=alert].review-conflict"))
            .ToContainTextAsync($"SYNC-W-KIT and SYNC-W-OFFICE all supersede {original.Id}: approve one and reject the other");
        Assert.Empty(browser.Errors);
    }
}
