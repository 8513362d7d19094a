using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Safeground.Core.Hazards;
using Safeground.Core.Reports;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>
/// The web app neither loses nor doubles work (issue 14, point 8), in headless Chromium at tablet size, as field reporter
/// reporter.a, on a server of its own (these tests submit): a double click sends once, a lost answer and a retry store one
/// report ("already received"), an unreachable server keeps the report, a half-filled form survives a reload, a rejected
/// report is corrected and sent again, and no view shows raw nulls or JSON paths.
/// </summary>
public sealed class ReportFormSafetyTests(DemoServer server) : IClassFixture<DemoServer>
{
    private const int TabletWidth = 768, TabletHeight = 1024;

    private (string Id, string Half) Untouched(int skip)
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        var h = store.Hazards().Where(x => x.Status == HazardStatus.Open && x.Releases.Count == 0 && x.OrganisationId == DemoServer.OrgA)
            .OrderBy(x => x.HazardId, StringComparer.Ordinal).Skip(skip).First();
        var e = h.Remaining.EnvelopeInternal;
        double mid = (e.MinX + e.MaxX) / 2;
        return (h.HazardId, string.Create(CultureInfo.InvariantCulture, $"POLYGON (({e.MinX} {e.MinY}, {mid} {e.MinY}, {mid} {e.MaxY}, {e.MinX} {e.MaxY}, {e.MinX} {e.MinY}))"));
    }

    /// <summary>The reports stored for <paramref name="hazard"/> (the demo's own are approved; the form's are submitted).</summary>
    private List<ReportRecord> Submitted(string hazard)
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        return store.Reports().Where(r => r.Report.HazardId == hazard && r.Report.SubmittedBy == "reporter.a").ToList();
    }

    private async Task<Browser> OpenForm()
    {
        var browser = await Browser.Open(TabletWidth, TabletHeight);
        await browser.SignIn(server, "reporter.a", "#report");
        await WaitForForm(browser.Page);
        return browser;
    }

    private static async Task WaitForForm(IPage page)
    {
        await page.WaitForFunctionAsync("() => window.safeground?.drawing && window.safeground.reportMap.loaded()", null, new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#report-team option")).Not.ToHaveCountAsync(1);
    }

    /// <summary>A clearance progress over the hazard's remaining area with <paramref name="days"/> deminer-days.</summary>
    private static async Task FillProgress(IPage page, string hazard, string days)
    {
        await page.GetByLabel("Report kind").SelectOptionAsync("clearance-progress");
        await page.GetByLabel("Hazard", new() { Exact = true }).FillAsync(hazard);
        await page.GetByLabel("Hazard", new() { Exact = true }).PressAsync("Tab");
        await Assertions.Expect(page.Locator("#report-hazard-info")).ToContainTextAsync(hazard + ":");
        await page.GetByRole(AriaRole.Button, new() { Name = "Use the hazard's remaining area" }).ClickAsync();
        await Assertions.Expect(page.Locator("#geometry-summary")).ToContainTextAsync("1 polygon");
        await page.GetByLabel("Deminer-days").FillAsync(days);
    }

    private static ILocator Submit(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true });

    [Fact]
    public async Task A_double_click_on_submit_sends_the_report_once()
    {
        var (hazard, _) = Untouched(0);
        await using var browser = await OpenForm();
        var page = browser.Page;
        int posts = 0;
        page.Request += (_, r) => { if (r.Method == "POST" && r.Url.EndsWith("/api/v1/reports", StringComparison.Ordinal)) Interlocked.Increment(ref posts); };
        await FillProgress(page, hazard, "12");

        await Submit(page).DblClickAsync();
        await Assertions.Expect(page.Locator("#report-status")).ToContainTextAsync("status submitted");
        await Assertions.Expect(Submit(page)).ToBeEnabledAsync(); // the answer came: the next report can go
        Assert.Equal(1, posts);
        Assert.Single(Submitted(hazard));
        Assert.Equal(0, await page.Locator("#report-issues .issue.error").CountAsync());
        // Sent: the draft is gone, a reload starts a new report.
        await page.ReloadAsync();
        await WaitForForm(page);
        await Assertions.Expect(page.Locator("#report-draft")).ToBeHiddenAsync();
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_report_whose_answer_was_lost_is_sent_again_and_stored_once_as_already_received()
    {
        var (hazard, _) = Untouched(1);
        await using var browser = await OpenForm();
        var page = browser.Page;
        await FillProgress(page, hazard, "8");
        int calls = 0;
        // The server stores the report, and its answer never reaches the browser (a dropped mobile connection).
        await page.RouteAsync("**/api/v1/reports", async route =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                await route.FetchAsync();
                await route.AbortAsync();
            }
            else await route.ContinueAsync();
        });

        await Submit(page).ClickAsync();
        await Assertions.Expect(page.Locator("#report-issues")).ToContainTextAsync("Cannot reach the server; your report is kept on this device — try again");
        Assert.Single(Submitted(hazard)); // it did arrive

        await Submit(page).ClickAsync();
        await Assertions.Expect(page.Locator("#report-status")).ToContainTextAsync("already received");
        Assert.Equal(2, calls);
        var stored = Assert.Single(Submitted(hazard));
        Assert.Equal(await page.Locator("#report-id").InputValueAsync(), stored.Report.Id);
        Assert.Equal(ReportStatus.Submitted, stored.Status);
    }

    [Fact]
    public async Task When_the_server_cannot_be_reached_the_report_is_kept_and_sent_later()
    {
        var (hazard, _) = Untouched(2);
        await using var browser = await OpenForm();
        var page = browser.Page;
        await FillProgress(page, hazard, "6");
        // The server is gone: nothing answers (the check or the submission), then a gateway says so (502).
        await page.RouteAsync("**/api/v1/reports/check", route => route.AbortAsync());
        await Submit(page).ClickAsync();
        var message = page.Locator("#report-issues");
        await Assertions.Expect(message).ToContainTextAsync("Cannot reach the server; your report is kept on this device — try again");
        await page.Locator("#report-map").ScrollIntoViewIfNeededAsync();
        await message.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = "/tmp/webapp-unreachable-tablet.png" });
        await page.UnrouteAsync("**/api/v1/reports/check");
        await page.RouteAsync("**/api/v1/reports/check", route => route.FulfillAsync(new() { Status = 502, Body = "Bad gateway" }));
        await Submit(page).ClickAsync();
        await Assertions.Expect(message).ToContainTextAsync("Cannot reach the server");
        Assert.Empty(Submitted(hazard));
        Assert.Equal("6", await page.GetByLabel("Deminer-days").InputValueAsync());

        // Back: the same report goes, nothing retyped.
        await page.UnrouteAsync("**/api/v1/reports/check");
        await Submit(page).ClickAsync();
        await Assertions.Expect(page.Locator("#report-status")).ToContainTextAsync("status submitted");
        Assert.Equal(6, ((ClearanceProgress)Assert.Single(Submitted(hazard)).Report.Body).DeminerDays);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_half_filled_form_survives_a_reload_and_the_draft_can_be_discarded()
    {
        var (hazard, _) = Untouched(3);
        await using var browser = await OpenForm();
        var page = browser.Page;
        await FillProgress(page, hazard, "9.5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a find" }).ClickAsync();
        await page.Locator("#find-0-quantity").FillAsync("3");
        var id = await page.Locator("#report-id").InputValueAsync();

        await page.ReloadAsync();
        await WaitForForm(page);
        await Assertions.Expect(page.Locator("#report-draft")).ToContainTextAsync("Draft restored");
        await Assertions.Expect(page.GetByLabel("Report kind")).ToHaveValueAsync("clearance-progress");
        await Assertions.Expect(page.Locator("#report-id")).ToHaveValueAsync(id); // the same report, the same id
        await Assertions.Expect(page.GetByLabel("Hazard", new() { Exact = true })).ToHaveValueAsync(hazard);
        await Assertions.Expect(page.GetByLabel("Deminer-days")).ToHaveValueAsync("9.5");
        await Assertions.Expect(page.Locator("#find-0-quantity")).ToHaveValueAsync("3");
        await Assertions.Expect(page.Locator("#geometry-summary")).ToContainTextAsync("1 polygon");
        await page.ScreenshotAsync(new() { Path = "/tmp/webapp-draft-restored-tablet.png", FullPage = true });
        await page.SetViewportSizeAsync(1366, 768);
        await page.ScreenshotAsync(new() { Path = "/tmp/webapp-draft-restored-desktop.png" });

        await page.GetByRole(AriaRole.Button, new() { Name = "Discard the draft" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Hazard", new() { Exact = true })).ToHaveValueAsync("");
        await Assertions.Expect(page.Locator("#report-id")).Not.ToHaveValueAsync(id);
        await page.ReloadAsync();
        await WaitForForm(page);
        await Assertions.Expect(page.Locator("#report-draft")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByLabel("Hazard", new() { Exact = true })).ToHaveValueAsync("");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_rejected_report_is_opened_from_my_reports_corrected_and_sent_again()
    {
        var (hazard, half) = Untouched(4);
        var (created, _) = await Api.Post(server.ClientFor("reporter.a"), "/api/v1/reports", string.Create(CultureInfo.InvariantCulture, $$"""
            { "id": "R-SES3-REJ-1", "hazardId": "{{hazard}}", "organisationId": "{{DemoServer.OrgA}}", "dateOfInformation": "2026-11-20",
              "body": { "kind": "clearance-progress", "areaWorked": "{{half}}", "deminerDays": 400, "finds": [] } }
            """));
        Assert.Equal(System.Net.HttpStatusCode.Created, created);
        var (rejected, _) = await Api.Post(server.ClientFor("manager.a"), "/api/v1/reports/R-SES3-REJ-1/reject",
            """{ "reason": "400 deminer-days for half a field: was it 40?" }""");
        Assert.Equal(System.Net.HttpStatusCode.OK, rejected);

        await using var browser = await Browser.Open(TabletWidth, TabletHeight);
        var page = browser.Page;
        await browser.SignIn(server, "reporter.a", "#mine");
        await Assertions.Expect(page.Locator("#my-rejected-list")).ToContainTextAsync("was it 40?");
        await page.GetByRole(AriaRole.Link, new() { Name = "Correct R-SES3-REJ-1 and send it again" }).ClickAsync();
        await WaitForForm(page);
        await Assertions.Expect(page.Locator("#report-draft")).ToContainTextAsync("Correcting R-SES3-REJ-1, rejected: 400 deminer-days");
        await Assertions.Expect(page.GetByLabel("Deminer-days")).ToHaveValueAsync("400");
        await Assertions.Expect(page.GetByLabel("Hazard", new() { Exact = true })).ToHaveValueAsync(hazard);
        await Assertions.Expect(page.Locator("#geometry-summary")).ToContainTextAsync("1 polygon");
        var newId = await page.Locator("#report-id").InputValueAsync();
        Assert.NotEqual("R-SES3-REJ-1", newId);

        await page.GetByLabel("Deminer-days").FillAsync("40");
        await Submit(page).ClickAsync();
        await Assertions.Expect(page.Locator("#report-status")).ToContainTextAsync("status submitted");

        var queue = await Api.All(server.Client, "/api/v1/reports?status=submitted");
        Assert.Contains(newId, queue.Select(r => r.GetProperty("id").GetString()));
        var corrected = await Api.GetOk(server.Client, "/api/v1/reports/" + newId);
        Assert.Equal(40, corrected.GetProperty("report").GetProperty("body").GetProperty("deminerDays").GetDouble());
        Assert.Equal(half, corrected.GetProperty("report").GetProperty("body").GetProperty("areaWorked").GetString());
        Assert.Equal("rejected", (await Api.GetOk(server.Client, "/api/v1/reports/R-SES3-REJ-1")).GetProperty("status").GetString());
        Assert.Empty(browser.Errors);
    }

    private static readonly Regex Raw = new(@"\bnull\b|\bundefined\b|\$\.|\bbody\.[A-Za-z]", RegexOptions.IgnoreCase);

    private static async Task NoRawValues(IPage page, string where)
    {
        var text = await page.Locator("#views").InnerTextAsync();
        var match = Raw.Match(text);
        Assert.False(match.Success, $"{where} shows '{match.Value}': …{(match.Success ? text[Math.Max(0, match.Index - 80)..Math.Min(text.Length, match.Index + 80)] : "")}…");
    }

    [Fact]
    public async Task No_view_shows_raw_nulls_or_field_paths()
    {
        // Something in the review queue and in "My reports": a pending report without team or deployment, and an EOD spot task without hazard.
        var (hazard, half) = Untouched(6);
        var reporter = server.ClientFor("reporter.a");
        var (pending, _) = await Api.Post(reporter, "/api/v1/reports", $$"""
            { "id": "R-SES3-RAW-1", "hazardId": "{{hazard}}", "organisationId": "{{DemoServer.OrgA}}", "dateOfInformation": "2026-11-20",
              "body": { "kind": "clearance-progress", "areaWorked": "{{half}}", "deminerDays": 5, "finds": [] } }
            """);
        Assert.Equal(System.Net.HttpStatusCode.Created, pending);
        var (spot, _) = await Api.Post(reporter, "/api/v1/reports", $$"""
            { "id": "R-SES3-RAW-2", "organisationId": "{{DemoServer.OrgA}}", "dateOfInformation": "2026-11-20",
              "body": { "kind": "eod-spot-task", "finds": [] } }
            """);
        Assert.Equal(System.Net.HttpStatusCode.Created, spot);
        await using var browser = await Browser.Open(1366, 768);
        var page = browser.Page;
        await browser.SignIn(server, "data.manager", "#map");
        await browser.WaitForMap();
        await Assertions.Expect(page.Locator("#map")).ToContainTextAsync("Place names: GeoNames (CC BY 4.0)");
        await page.GetByLabel("Find a hazard by id").FillAsync(Untouched(5).Id);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#details-title")).ToBeVisibleAsync();
        await NoRawValues(page, "the map's hazard details");

        await page.GotoAsync(new Uri(server.Address, "/app/#dashboard").ToString());
        await Assertions.Expect(page.Locator("#view-dashboard")).ToContainTextAsync("ha");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await NoRawValues(page, "the dashboard");

        await page.GotoAsync(new Uri(server.Address, "/app/#mine").ToString());
        await Assertions.Expect(page.Locator("#my-submitted")).ToBeVisibleAsync();
        await NoRawValues(page, "my reports");

        await page.GotoAsync(new Uri(server.Address, "/app/#review").ToString());
        foreach (var id in new[] { "R-SES3-RAW-1", "R-SES3-RAW-2" })
        {
            await page.Locator($".review-item[data-report='{id}']").ClickAsync();
            await Assertions.Expect(page.Locator("#review-title")).ToContainTextAsync(id);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await NoRawValues(page, $"the review queue, {id} open");
        }

        // The form's issues name fields by their labels, also when the server could not read a value at all.
        await page.GotoAsync(new Uri(server.Address, "/app/#report").ToString());
        await WaitForForm(page);
        await page.GetByLabel("Report kind").SelectOptionAsync("completion");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a find" }).ClickAsync();
        await page.Locator("#find-0-quantity").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#report-status")).ToContainTextAsync("to fix");
        await Assertions.Expect(page.Locator("#report-issues")).ToContainTextAsync("(Find 1, quantity)");
        await NoRawValues(page, "the report form's issues");
        await page.RouteAsync("**/api/v1/reports/check", async route =>
            await route.ContinueAsync(new() { PostData = System.Text.Encoding.UTF8.GetBytes((route.Request.PostData ?? "").Replace("\"clearanceDepthCm\":0", "\"clearanceDepthCm\":\"deep\"", StringComparison.Ordinal)) }));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#report-issues")).ToContainTextAsync("Clearance depth (cm) could not be read");
        await NoRawValues(page, "the report form's error for a value the server could not read");
        Assert.Empty(browser.Errors);
    }
}
