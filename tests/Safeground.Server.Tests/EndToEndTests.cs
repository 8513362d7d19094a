using System.Globalization;
using Microsoft.Playwright;
using Safeground.Core.Hazards;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>
/// The whole round in the browser, on a server of its own: a field reporter sees the hazards on the map and files
/// a clearance completion for one of them and a clearance progress report; a data manager approves the first in
/// the review queue, after which the hazard is closed with nothing remaining and the dashboard's cleared and
/// remaining totals move by exactly its area; the data manager rejects the second with a reason, which its
/// author then reads.
/// </summary>
public sealed class EndToEndTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task File_approve_and_see_the_figures_move_then_reject_and_the_author_reads_why()
    {
        var (completed, progressed) = TwoUntouchedHazardsOfOrgA();
        await using var browser = await Browser.Open();
        var page = browser.Page;

        // The field reporter: the map shows hazards, then two reports through the form.
        await browser.SignIn(server, "reporter.a", "#map");
        await browser.WaitForMap();
        Assert.True(await page.EvaluateAsync<int>("() => window.safeground.map.queryRenderedFeatures({ layers: ['hazards-fill'] }).length") > 0);
        string completion = await File(page, completed, "completion", async () => await page.GetByLabel("Clearance depth (cm)").FillAsync("20"));
        string progress = await File(page, progressed, "clearance-progress", async () => await page.GetByLabel("Deminer-days").FillAsync("3"));
        await browser.SignOut();

        // The data manager: the dashboard before, then the review queue.
        await browser.SignIn(server, "data.manager", "#dashboard");
        var before = await Totals(page);
        await page.Locator("#nav-review").ClickAsync();
        await browser.WaitForMap("reviewMap");
        await page.Locator(".review-item", new() { HasText = completion }).ClickAsync();
        await Assertions.Expect(page.Locator("#review-title")).ToContainTextAsync(completion);
        double area = double.Parse((await page.Locator($"table[data-hazard='{completed}'] td[data-key='after-clearedM2']").GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture);
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(page.Locator("#decision-message")).ToHaveTextAsync($"{completion} approved.");

        // The hazard is closed with nothing left, in its details on the map...
        await page.Locator("#nav-map").ClickAsync();
        await page.GetByLabel("Find a hazard by id").FillAsync(completed);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#details")).ToContainTextAsync("closed");
        await Assertions.Expect(page.Locator("#details")).ToContainTextAsync("0 ha of");
        // ...and the dashboard moved by exactly its area: cleared up, remaining down.
        await page.Locator("#nav-dashboard").ClickAsync();
        await Assertions.Expect(page.Locator("#dashboard-totals td[data-key='clearedM2']"))
            .Not.ToHaveAttributeAsync("data-value", before["clearedM2"].ToString("R", CultureInfo.InvariantCulture));
        var after = await Totals(page);
        Assert.Equal(before["clearedM2"] + area, after["clearedM2"], 0.5);
        Assert.Equal(before["remainingM2"] - area, after["remainingM2"], 0.5);
        Assert.Equal(before["hazards"], after["hazards"]);

        // Rejected with a reason...
        await page.Locator("#nav-review").ClickAsync();
        await page.Locator(".review-item", new() { HasText = progress }).ClickAsync();
        await page.GetByLabel("Reason for rejecting").FillAsync("3 deminer-days cannot clear the whole hazard: send the real effort");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        await Assertions.Expect(page.Locator("#decision-message")).ToHaveTextAsync($"{progress} rejected.");
        await browser.SignOut();

        // ...which its author reads.
        await browser.SignIn(server, "reporter.a", "#mine");
        await Assertions.Expect(page.Locator($"#my-rejected-list li[data-report='{progress}']"))
            .ToContainTextAsync("Reason: 3 deminer-days cannot clear the whole hazard: send the real effort");
        Assert.Empty(browser.Errors);
    }

    /// <summary>Files a report of <paramref name="kind"/> for <paramref name="hazard"/> over its whole remaining area; returns its id.</summary>
    private static async Task<string> File(IPage page, string hazard, string kind, Func<Task> fill)
    {
        await page.Locator("#nav-report").ClickAsync();
        await page.WaitForFunctionAsync("() => window.safeground?.drawing && window.safeground.reportMap.loaded()", null, new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#report-team option")).Not.ToHaveCountAsync(1);
        await page.GetByLabel("Report kind").SelectOptionAsync(kind);
        await page.GetByLabel("Hazard", new() { Exact = true }).FillAsync(hazard);
        await page.GetByLabel("Hazard", new() { Exact = true }).PressAsync("Tab");
        await Assertions.Expect(page.Locator("#report-hazard-info")).ToContainTextAsync(hazard + ":");
        await page.GetByRole(AriaRole.Button, new() { Name = "Use the hazard's remaining area" }).ClickAsync();
        await Assertions.Expect(page.Locator("#geometry-summary")).ToContainTextAsync($"Loaded the remaining area of {hazard}");
        await fill();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await Assertions.Expect(page.Locator("#report-status")).ToContainTextAsync("submitted");
        var said = await page.Locator("#report-status").TextContentAsync();
        Assert.True(said!.Contains("status submitted", StringComparison.Ordinal), $"{kind}: {said} {await page.Locator("#report-issues").TextContentAsync()}");
        return await page.Locator("#report-id").InputValueAsync();
    }

    private static async Task<Dictionary<string, double>> Totals(IPage page)
    {
        await Assertions.Expect(page.Locator("#view-dashboard")).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 60_000 });
        var totals = new Dictionary<string, double>();
        foreach (var key in new[] { "hazards", "clearedM2", "remainingM2" })
            totals[key] = double.Parse((await page.Locator($"#dashboard-totals td[data-key='{key}']").GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture);
        return totals;
    }

    private (string, string) TwoUntouchedHazardsOfOrgA()
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        var ids = store.Hazards().Where(h => h.Status == HazardStatus.Open && h.Releases.Count == 0 && h.OrganisationId == DemoServer.OrgA)
            .Select(h => h.HazardId).Order(StringComparer.Ordinal).Skip(5).Take(2).ToList();
        return (ids[0], ids[1]);
    }
}
