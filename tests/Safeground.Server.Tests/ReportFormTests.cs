using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Playwright;
using Safeground.Core.Hazards;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>
/// Filing reports in the web app (headless Chromium), as field reporter reporter.a of organisation A, on a
/// server of its own (these tests submit): the server's check shown next to each field, polygons from the
/// hazard's remaining area, drawn with the mouse through terra-draw, and uploaded as GeoJSON.
/// </summary>
public sealed class ReportFormTests(DemoServer server) : IClassFixture<DemoServer>
{
    /// <summary>Open hazards of organisation A nothing has been released from, one per test, each with a point well inside it.</summary>
    private (string Id, double X, double Y, double Step, string WesternHalf) Untouched(int skip)
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        var h = store.Hazards().Where(x => x.Status == HazardStatus.Open && x.Releases.Count == 0 && x.OrganisationId == DemoServer.OrgA)
            .OrderBy(x => x.HazardId, StringComparer.Ordinal).Skip(skip).First();
        var e = h.Remaining.EnvelopeInternal;
        var inside = h.Remaining.InteriorPoint;
        double mid = (e.MinX + e.MaxX) / 2;
        var half = string.Create(CultureInfo.InvariantCulture,
            $$$"""{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[{{{e.MinX}}},{{{e.MinY}}}],[{{{mid}}},{{{e.MinY}}}],[{{{mid}}},{{{e.MaxY}}}],[{{{e.MinX}}},{{{e.MaxY}}}],[{{{e.MinX}}},{{{e.MinY}}}]]]}}""");
        return (h.HazardId, inside.X, inside.Y, Math.Min(e.Width, e.Height) / 20, half);
    }

    /// <summary>A tablet-sized page signed in as reporter.a, on the report form (for <paramref name="hazard"/> when given).</summary>
    private async Task<Browser> OpenForm(string? hazard = null)
    {
        var browser = await Browser.Open();
        var page = browser.Page;
        await browser.SignIn(server, "reporter.a", "#report" + (hazard is null ? "" : "/" + hazard));
        await page.WaitForFunctionAsync("() => window.safeground?.drawing && window.safeground.reportMap.loaded()", null, new() { Timeout = 60_000 });
        // The team list is filled from the API once the organisation is known: wait for it, so later changes are not overwritten.
        await Assertions.Expect(page.Locator("#report-team option")).Not.ToHaveCountAsync(1);
        return browser;
    }

    private static async Task ChooseHazard(IPage page, string hazard)
    {
        await page.GetByLabel("Hazard", new() { Exact = true }).FillAsync(hazard);
        await page.GetByLabel("Hazard", new() { Exact = true }).PressAsync("Tab");
        await Assertions.Expect(page.Locator("#report-hazard-info")).ToContainTextAsync(hazard + ":");
    }

    private async Task<(string Status, System.Text.Json.JsonElement Report)> Stored(IPage page)
    {
        var id = await page.Locator("#report-id").InputValueAsync();
        var shown = await Api.GetOk(server.ClientFor("reporter.a"), "/api/v1/reports/" + Uri.EscapeDataString(id));
        return (shown.GetProperty("status").GetString()!, shown.GetProperty("report"));
    }

    [Fact]
    public async Task A_completion_over_the_remaining_area_is_checked_and_submitted()
    {
        var hazard = Untouched(0);
        await using var browser = await OpenForm();
        var page = browser.Page;

        await page.GetByLabel("Report kind").SelectOptionAsync("completion");
        await ChooseHazard(page, hazard.Id);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use the hazard's remaining area" }).ClickAsync();
        await Assertions.Expect(page.Locator("#geometry-summary")).ToContainTextAsync($"Loaded the remaining area of {hazard.Id}: 1 polygon");
        await page.GetByLabel("Clearance depth (cm)").FillAsync("20");

        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#report-status")).ToContainTextAsync("no ");
        Assert.Equal(0, await page.Locator("#report-issues .issue-link.error").CountAsync());
        await browser.Screenshot("report-form.png");

        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("status submitted");
        var (status, report) = await Stored(page);
        Assert.Equal("submitted", status);
        Assert.Equal(hazard.Id, report.GetProperty("hazardId").GetString());
        Assert.Equal("completion", report.GetProperty("body").GetProperty("kind").GetString());
        Assert.Equal(20, report.GetProperty("body").GetProperty("clearanceDepthCm").GetInt32());
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Errors_are_shown_next_to_their_fields_and_stop_the_submission()
    {
        var hazard = Untouched(1);
        await using var browser = await OpenForm(hazard.Id);
        var page = browser.Page;
        await Assertions.Expect(page.Locator("#report-hazard-info")).ToContainTextAsync(hazard.Id + ":");

        await page.GetByLabel("Report kind").SelectOptionAsync("clearance-progress");
        var future = DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.GetByLabel("Date of information").FillAsync(future);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a find" }).ClickAsync();
        var quantity = page.Locator("#find-0-quantity");
        await quantity.FillAsync("0");
        await page.Locator("#find-0-position-lon").FillAsync(hazard.X.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#find-0-position-lat").FillAsync(hazard.Y.ToString(CultureInfo.InvariantCulture));

        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#report-status")).ToContainTextAsync("Not submitted");
        var date = page.GetByLabel("Date of information");
        await Assertions.Expect(date).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(date).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("is in the future"));
        await Assertions.Expect(quantity).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#find-0-quantity-issues")).ToContainTextAsync("quantity 0 must be at least 1");
        // No area drawn: the polygon's issue is next to the map.
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("errors");
        var id = await page.Locator("#report-id").InputValueAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await Api.Get(server.ClientFor("reporter.a"), "/api/v1/reports/" + id)).Status);

        // Fixed, the same report goes through.
        await date.FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await quantity.FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Use the hazard's remaining area" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#report-status")).ToContainTextAsync("status submitted");
        await Assertions.Expect(date).Not.ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_technical_survey_polygon_drawn_with_the_mouse_is_submitted()
    {
        var hazard = Untouched(2);
        await using var browser = await OpenForm();
        var page = browser.Page;
        await page.GetByLabel("Report kind").SelectOptionAsync("technical-survey");
        await ChooseHazard(page, hazard.Id);
        await page.GetByRole(AriaRole.Button, new() { Name = "Draw a polygon" }).ClickAsync();

        // Zoomed in on the middle of the hazard, so the corners lie further apart than terra-draw's 40 px snapping distance.
        await page.EvaluateAsync(string.Create(CultureInfo.InvariantCulture,
            $"() => {{ const m = window.safeground.reportMap; m.jumpTo({{ center: [{hazard.X}, {hazard.Y}], zoom: m.getZoom() + 2 }}); }}"));
        var canvas = await page.Locator("#report-map canvas").BoundingBoxAsync();
        Assert.NotNull(canvas);
        double s = hazard.Step;
        var corners = new[] { (hazard.X - s, hazard.Y - s), (hazard.X + s, hazard.Y - s), (hazard.X + s, hazard.Y + s), (hazard.X - s, hazard.Y + s) };
        var pixels = new List<(float X, float Y)>();
        foreach (var (lon, lat) in corners)
        {
            var p = await page.EvaluateAsync<double[]>(string.Create(CultureInfo.InvariantCulture,
                $"() => {{ const p = window.safeground.reportMap.project([{lon}, {lat}]); return [p.x, p.y]; }}"));
            pixels.Add(((float)(canvas.X + p[0]), (float)(canvas.Y + p[1])));
        }
        foreach (var (x, y) in pixels.Take(3)) await page.Mouse.ClickAsync(x, y);
        await page.Mouse.DblClickAsync(pixels[3].X, pixels[3].Y); // the last corner, clicked twice: the polygon closes
        await Assertions.Expect(page.Locator("#geometry-summary")).ToContainTextAsync("Drawn: 1 polygon");
        await page.GetByLabel("Contamination type").SelectOptionAsync(new SelectOptionValue { Label = "cluster-munition-contaminated area" });

        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#report-status")).ToContainTextAsync("no ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#report-status")).ToContainTextAsync("status submitted");
        var (_, report) = await Stored(page);
        Assert.Equal("cluster-munitions", report.GetProperty("body").GetProperty("contaminationType").GetString());
        var reduced = report.GetProperty("body").GetProperty("reduced").GetString()!;
        Assert.StartsWith("POLYGON ((", reduced, StringComparison.Ordinal);
        Assert.Equal(5, reduced.Split(',').Length); // four corners and the closing one
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_geojson_upload_is_loaded_and_a_file_that_is_not_an_area_says_why()
    {
        var hazard = Untouched(3);
        await using var browser = await OpenForm();
        var page = browser.Page;
        await page.GetByLabel("Report kind").SelectOptionAsync("clearance-progress");
        await ChooseHazard(page, hazard.Id);
        var file = page.GetByLabel("Upload a GeoJSON file", new() { Exact = false });

        await file.SetInputFilesAsync(new FilePayload { Name = "track.geojson", MimeType = "application/geo+json", Buffer = Encoding.UTF8.GetBytes("""{"type":"Point","coordinates":[37.2,49.1]}""") });
        await Assertions.Expect(page.Locator("#geojson-message")).ToContainTextAsync("track.geojson is a Point; an area must be a Polygon or MultiPolygon");
        await file.SetInputFilesAsync(new FilePayload { Name = "broken.geojson", MimeType = "application/geo+json", Buffer = Encoding.UTF8.GetBytes("{\"type\": ") });
        await Assertions.Expect(page.Locator("#geojson-message")).ToContainTextAsync("broken.geojson is not JSON");

        await file.SetInputFilesAsync(new FilePayload { Name = "worked.geojson", MimeType = "application/geo+json", Buffer = Encoding.UTF8.GetBytes(hazard.WesternHalf) });
        await Assertions.Expect(page.Locator("#geojson-message")).ToContainTextAsync("Loaded worked.geojson: 1 polygon");
        await page.GetByLabel("Deminer-days").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#report-status")).ToContainTextAsync("no ");
        Assert.Equal(0, await page.Locator("[aria-invalid=true]").CountAsync());
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task An_accident_placed_on_the_map_shows_a_victim_error_on_its_row_and_the_missing_fields_as_a_warning()
    {
        await using var browser = await OpenForm();
        var page = browser.Page;
        await page.GetByLabel("Report kind").SelectOptionAsync("accident");
        await page.GetByLabel("When it happened (local time)").FillAsync("2026-11-20T10:30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pick the accident position on the map" }).ClickAsync();
        var canvas = await page.Locator("#report-map canvas").BoundingBoxAsync();
        Assert.NotNull(canvas);
        await page.Mouse.ClickAsync(canvas.X + canvas.Width / 2, canvas.Y + canvas.Height / 2);
        await Assertions.Expect(page.Locator("#body-position-lon")).Not.ToHaveValueAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a victim" }).ClickAsync();
        await page.Locator("#victim-0-age").FillAsync("140");

        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#report-status")).ToContainTextAsync("1 error to fix");
        await Assertions.Expect(page.Locator("#victim-0-age")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#victim-0-age")).ToHaveAccessibleDescriptionAsync("Error: victim 1: age 140 is not possible");
        // IMAS 10.60's minimum, from the plausibility rules: a warning about the body, not an error.
        await Assertions.Expect(page.Locator("#report-body-issues")).ToContainTextAsync("Warning: accident report");
        await Assertions.Expect(page.Locator("#report-body-issues")).ToContainTextAsync("the device category");
        Assert.Empty(browser.Errors);
    }
}
