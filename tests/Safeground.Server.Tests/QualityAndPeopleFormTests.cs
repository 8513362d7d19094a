using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using Safeground.Core.Hazards;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>
/// Filing issue 18's kinds in the web app (headless Chromium, desktop size; one at tablet size) as reporter.a: a QA visit and a
/// non-conformity (no hazard needed), a QC sample drawn on land a clearance released, a risk-education session and a
/// civilian incident whose people are counted by sex, age band and disability, never named. Each is submitted and
/// read back from the API as the server stored it.
/// </summary>
public sealed class QualityAndPeopleFormTests(DemoServer server) : IClassFixture<DemoServer>
{
    private async Task<Browser> OpenForm(int width = 1280, int height = 800)
    {
        var browser = await Browser.Open(width, height);
        var page = browser.Page;
        await browser.SignIn(server, "reporter.a", "#report");
        await page.WaitForFunctionAsync("() => window.safeground?.drawing && window.safeground.reportMap.loaded()", null, new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#report-team option")).Not.ToHaveCountAsync(1);
        return browser;
    }

    private async Task<System.Text.Json.JsonElement> Submitted(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("status submitted");
        var id = await page.Locator("#report-id").InputValueAsync();
        var shown = await Api.GetOk(server.ClientFor("reporter.a"), "/api/v1/reports/" + Uri.EscapeDataString(id));
        Assert.Equal("submitted", shown.GetProperty("status").GetString());
        return shown.GetProperty("report").GetProperty("body");
    }

    private static async Task PickTheMiddleOfTheMap(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Pick the place on the map" }).ClickAsync();
        var canvas = await page.Locator("#report-map canvas").BoundingBoxAsync();
        Assert.NotNull(canvas);
        await page.Mouse.ClickAsync(canvas.X + canvas.Width / 2, canvas.Y + canvas.Height / 2);
        await Assertions.Expect(page.Locator("#body-position-lon")).Not.ToHaveValueAsync("");
    }

    private static async Task AddGroup(IPage page, string list, int row, string sex, string age, bool disability, int count)
    {
        await page.Locator($"#{list}-add").ClickAsync();
        await page.Locator($"#{list}-{row}-sex").SelectOptionAsync(sex);
        await page.Locator($"#{list}-{row}-age").SelectOptionAsync(age);
        if (disability) await page.Locator($"#{list}-{row}-withDisability").CheckAsync();
        await page.Locator($"#{list}-{row}-count").FillAsync(count.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_qa_visit_to_a_team_is_filed_without_a_hazard_and_an_empty_checklist_is_refused_by_its_field()
    {
        await using var browser = await OpenForm();
        var page = browser.Page;
        await page.GetByLabel("Report kind").SelectOptionAsync("qa-visit");
        await page.GetByLabel("Team visited").FillAsync("T-ANY");
        await page.GetByLabel("Checklist items met").FillAsync("0");
        await page.GetByLabel("Checklist items not met").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#body-items-passed")).ToHaveAttributeAsync("aria-invalid", "true");

        await page.GetByLabel("Checklist items met").FillAsync("18");
        await page.GetByLabel("Checklist items not met").FillAsync("2");
        await page.GetByLabel("Findings").FillAsync("lane marking incomplete on the north edge");
        var body = await Submitted(page);
        Assert.Equal("qa-visit", body.GetProperty("kind").GetString());
        Assert.Equal((18, 2), (body.GetProperty("itemsPassed").GetInt32(), body.GetProperty("itemsFailed").GetInt32()));
        Assert.Equal("T-ANY", body.GetProperty("teamVisited").GetString());
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_non_conformity_is_filed_with_its_severity_corrective_action_and_due_date()
    {
        await using var browser = await OpenForm();
        var page = browser.Page;
        await page.GetByLabel("Report kind").SelectOptionAsync("non-conformity");
        await page.GetByLabel("Severity").SelectOptionAsync("major");
        await page.GetByLabel("What was wrong").FillAsync("detector sweep overlap under 50 %");
        await page.GetByLabel("Corrective action", new() { Exact = true }).FillAsync("re-train the section");
        await page.GetByLabel("Corrective action due by").FillAsync("2026-12-20");
        await browser.Screenshot("report-form-non-conformity.png");
        var body = await Submitted(page);
        Assert.Equal(("major", "2026-12-20"), (body.GetProperty("severity").GetString(), body.GetProperty("due").GetString()));
        Assert.Equal("re-train the section", body.GetProperty("correctiveAction").GetString());
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_qc_sample_drawn_inside_cleared_land_is_checked_clean_and_submitted()
    {
        // A square well inside land one report cleared.
        string hazard, release, square;
        using (var store = GeoPackageStore.Open(server.StorePath, create: false))
        {
            var (h, r) = store.Hazards().Where(x => x.OrganisationId == DemoServer.OrgA)
                .SelectMany(x => x.Releases.Where(e => e.Method == ReleaseMethod.Cleared).Select(e => (x, e)))
                .OrderByDescending(p => p.e.AreaM2).First();
            var p = r.Area.InteriorPoint;
            double d = 0.0001;
            hazard = h.HazardId;
            release = r.ReportId;
            square = string.Create(CultureInfo.InvariantCulture,
                $$$"""{"type":"Polygon","coordinates":[[[{{{p.X - d}}},{{{p.Y - d}}}],[{{{p.X + d}}},{{{p.Y - d}}}],[{{{p.X + d}}},{{{p.Y + d}}}],[{{{p.X - d}}},{{{p.Y + d}}}],[{{{p.X - d}}},{{{p.Y - d}}}]]]}""");
            Assert.True(r.Area.Buffer(-d * 1.5).Contains(p), "the sample square must lie inside the cleared land");
        }
        await using var browser = await OpenForm();
        var page = browser.Page;
        await page.GetByLabel("Report kind").SelectOptionAsync("qc-sampling");
        await page.GetByLabel("Hazard", new() { Exact = true }).FillAsync(hazard);
        await page.GetByLabel("Hazard", new() { Exact = true }).PressAsync("Tab");
        await Assertions.Expect(page.Locator("#report-hazard-info")).ToContainTextAsync(hazard + ":");
        await page.GetByLabel("Upload a GeoJSON file", new() { Exact = false })
            .SetInputFilesAsync(new FilePayload { Name = "sample.geojson", MimeType = "application/geo+json", Buffer = Encoding.UTF8.GetBytes(square) });
        await Assertions.Expect(page.Locator("#geojson-message")).ToContainTextAsync("Loaded sample.geojson: 1 polygon");
        await page.GetByLabel("Release report sampled").FillAsync(release);
        await page.GetByLabel("Area sampled (m²)").FillAsync("300");
        await page.GetByLabel("Result", new() { Exact = true }).SelectOptionAsync("passed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#report-status")).ToContainTextAsync("no ");
        Assert.Equal(0, await page.Locator("[aria-invalid=true]").CountAsync());
        await browser.Screenshot("report-form-qc-sampling.png");
        var body = await Submitted(page);
        Assert.Equal(("passed", release), (body.GetProperty("result").GetString(), body.GetProperty("releaseReportId").GetString()));
        Assert.StartsWith("POLYGON", body.GetProperty("sampled").GetString());
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_risk_education_session_counts_its_audience_and_one_with_nobody_is_refused_at_the_audience()
    {
        await using var browser = await OpenForm();
        var page = browser.Page;
        await page.GetByLabel("Report kind").SelectOptionAsync("risk-education");
        await PickTheMiddleOfTheMap(page);
        await page.GetByLabel("Method").SelectOptionAsync("community-liaison");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#audience-issues")).ToContainTextAsync("Error");

        await AddGroup(page, "audience", 0, "female", "child", false, 12);
        await AddGroup(page, "audience", 1, "male", "adult", true, 3);
        await page.Locator("#material-add").ClickAsync();
        await page.Locator("#material-0-item").FillAsync("leaflet");
        await page.Locator("#material-0-quantity").FillAsync("40");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#report-status")).ToContainTextAsync("no ");
        await browser.Screenshot("report-form-risk-education.png");
        var body = await Submitted(page);
        var audience = body.GetProperty("audience").EnumerateArray().ToList();
        Assert.Equal(2, audience.Count);
        Assert.Equal(("female", "child", false, 12), (audience[0].GetProperty("sex").GetString(), audience[0].GetProperty("age").GetString(),
            audience[0].GetProperty("withDisability").GetBoolean(), audience[0].GetProperty("count").GetInt32()));
        Assert.True(audience[1].GetProperty("withDisability").GetBoolean());
        Assert.Equal("community-liaison", body.GetProperty("method").GetString());
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_civilian_incident_is_filed_with_its_killed_and_injured_counted_never_named()
    {
        await using var browser = await OpenForm();
        var page = browser.Page;
        await page.GetByLabel("Report kind").SelectOptionAsync("casualty-incident");
        await page.GetByLabel("Day it happened").FillAsync("2026-11-28");
        await PickTheMiddleOfTheMap(page);
        await page.GetByLabel("What the people were doing").SelectOptionAsync("farming");
        await page.GetByLabel("Device category").SelectOptionAsync("at-mine");
        await AddGroup(page, "killed", 0, "male", "adult", false, 1);
        await AddGroup(page, "injured", 0, "male", "child", false, 2);
        await page.GetByLabel("Reported by").FillAsync("District hospital");
        await browser.Screenshot("report-form-casualty-incident.png");
        var body = await Submitted(page);
        Assert.Equal(("2026-11-28", "farming"), (body.GetProperty("occurredOn").GetString(), body.GetProperty("activity").GetString()));
        Assert.Equal(1, body.GetProperty("killed")[0].GetProperty("count").GetInt32());
        Assert.Equal("child", body.GetProperty("injured")[0].GetProperty("age").GetString());
        Assert.DoesNotContain("name", body.GetProperty("injured")[0].EnumerateObject().Select(p => p.Name));
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_session_counted_on_a_tablet_survives_a_reload_and_the_server_going_away()
    {
        await using var browser = await OpenForm(768, 1024);
        var page = browser.Page;
        await page.GetByLabel("Report kind").SelectOptionAsync("risk-education");
        await PickTheMiddleOfTheMap(page);
        await page.GetByLabel("Method").SelectOptionAsync("community-liaison");
        await AddGroup(page, "audience", 0, "female", "older", true, 7);
        await AddGroup(page, "audience", 1, "male", "child", false, 21);
        var id = await page.Locator("#report-id").InputValueAsync();

        // A reload (a tablet's browser killed in a pocket) brings the rows back as they were.
        await page.ReloadAsync();
        await page.WaitForFunctionAsync("() => window.safeground?.drawing && window.safeground.reportMap.loaded()", null, new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#report-draft")).ToContainTextAsync("Draft restored");
        await Assertions.Expect(page.Locator("#report-id")).ToHaveValueAsync(id);
        await Assertions.Expect(page.Locator("#audience-0-age")).ToHaveValueAsync("older");
        await Assertions.Expect(page.Locator("#audience-0-withDisability")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#audience-1-count")).ToHaveValueAsync("21");
        await Assertions.Expect(page.Locator("#body-position-lon")).Not.ToHaveValueAsync("");

        // The server gone: the session is kept on the device; back, it goes once, nothing retyped.
        await page.RouteAsync("**/api/v1/reports/check", route => route.AbortAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#report-issues")).ToContainTextAsync("Cannot reach the server");
        await page.UnrouteAsync("**/api/v1/reports/check");
        var body = await Submitted(page);
        Assert.Equal(28, body.GetProperty("audience").EnumerateArray().Sum(g => g.GetProperty("count").GetInt32()));
        Assert.Equal(id, await page.Locator("#report-id").InputValueAsync());
        Assert.Empty(browser.Errors);
    }
}
