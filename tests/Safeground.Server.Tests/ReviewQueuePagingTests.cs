using Microsoft.Playwright;
using Safeground.Core.Reports;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>
/// The review queue past its first page: with 250 reports waiting, a data manager reaches every one by following
/// <c>next</c> (the web app's queue does the same with its "Load more" button).
/// </summary>
public class ReviewQueuePagingTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task A_data_manager_reaches_the_251st_report_waiting_for_a_decision()
    {
        var ids = new List<string>();
        using (var store = GeoPackageStore.Open(server.StorePath, create: false))
        {
            var model = store.Reports(ReportStatus.Approved).First().Report;
            using var tx = store.BeginWrite();
            for (int i = 0; i < 250; i++)
            {
                var report = model with { Id = $"R-QUEUE-{i:D3}" };
                tx.AddReport(report, new ReportEvent(report.Id, ReportStatus.Submitted, report.SubmittedAt, report.SubmittedBy, null));
                ids.Add(report.Id);
            }
            tx.Commit();
        }
        var first = await Api.GetOk(server.ClientFor("data.manager"), "/api/v1/reports?status=submitted&limit=200");
        Assert.Equal(200, first.GetProperty("items").GetArrayLength());
        Assert.True(first.GetProperty("total").GetInt64() >= 250);
        Assert.StartsWith("/api/v1/reports?", first.GetProperty("next").GetString(), StringComparison.Ordinal);

        var all = await Api.All(server.ClientFor("data.manager"), "/api/v1/reports?status=submitted&limit=200");
        var seen = all.Select(r => r.GetProperty("id").GetString()).ToHashSet();
        Assert.Superset(ids.ToHashSet(), seen!);

        // In the web app: the first page, then "Load more" shows the rest.
        await using var browser = await Browser.Open();
        var page = browser.Page;
        await browser.SignIn(server, "data.manager", "#review");
        await browser.WaitForMap("reviewMap");
        await Assertions.Expect(page.Locator(".review-item")).ToHaveCountAsync(200);
        // A double tap, as on a tablet: the next page is asked for once and shown once (both taps land before any answer).
        int nextPages = 0;
        page.Request += (_, r) => { if (r.Url.Contains("/api/v1/reports?", StringComparison.Ordinal) && r.Url.Contains("offset=", StringComparison.Ordinal)) nextPages++; };
        await page.Locator("#review-load-more").DblClickAsync();
        await Assertions.Expect(page.Locator(".review-item")).ToHaveCountAsync(250);
        Assert.Equal(1, nextPages);
        await Assertions.Expect(page.Locator("#review-load-more")).ToHaveCountAsync(0);
    }
}
