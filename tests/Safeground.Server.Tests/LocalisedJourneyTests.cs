using System.Text.Json;
using Microsoft.Playwright;
using Safeground.Core.Hazards;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>
/// A field team lead and a data manager at work in Ukrainian and in Arabic (headless Chromium whose browser speaks
/// the language, no switch touched): sign in, file a completion report on the map, read the dashboard. Every
/// element is found by id, and what it says is held to the language's file, so the test reads the app as its users
/// do. With SAFEGROUND_SCREENSHOTS=docs/screenshots it makes the README's pictures (map, form, dashboard).
/// </summary>
public sealed class LocalisedJourneyTests(DemoServer server) : IClassFixture<DemoServer>
{
    private static readonly string WebRoot = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "web", "src", "locales");

    private static Dictionary<string, string> Words(string language) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(WebRoot, language + ".json")))!;

    [Theory]
    [InlineData("uk", "uk-UA", "ltr", 0)]
    [InlineData("ar", "ar-IQ", "rtl", 1)]
    public async Task Sign_in_file_a_report_and_read_the_dashboard(string language, string browserLocale, string direction, int which)
    {
        var words = Words(language);
        var english = Words("en");
        string hazard;
        using (var store = GeoPackageStore.Open(server.StorePath, create: false))
            hazard = store.Hazards().Where(x => x.Status == HazardStatus.Open && x.Releases.Count == 0 && x.OrganisationId == DemoServer.OrgA)
                .OrderBy(x => x.HazardId, StringComparer.Ordinal).Skip(which).First().HazardId;

        await using var browser = await Browser.Open(1280, 800, browserLocale);
        var page = browser.Page;
        await page.GotoAsync(new Uri(server.Address, "/app/#map").ToString());
        await Assertions.Expect(page.Locator("#sign-in-title")).ToHaveTextAsync(words["web.sign-in.title"]);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", direction);

        // A field team lead files the completion of a hazard.
        await SignIn(page, "reporter.a");
        await browser.WaitForMap();
        await Assertions.Expect(page.Locator("#nav-map")).ToHaveTextAsync(words["web.nav.map"]);
        await browser.Screenshot($"map-{language}.png");
        await page.GotoAsync(new Uri(server.Address, $"/app/#report/{hazard}").ToString());
        await page.WaitForFunctionAsync("() => window.safeground?.drawing && window.safeground.reportMap.loaded()", null, new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#report-team option")).Not.ToHaveCountAsync(1);
        await page.Locator("#report-kind").SelectOptionAsync("completion");
        await page.Locator("#report-hazard").FillAsync(hazard);
        await page.Locator("#report-hazard").PressAsync("Tab");
        await Assertions.Expect(page.Locator("#report-hazard-info")).ToContainTextAsync(hazard);
        await page.Locator("#use-remaining").ClickAsync();
        await Assertions.Expect(page.Locator("#geometry-summary")).ToContainTextAsync(hazard);
        await page.Locator("#body-depth").FillAsync("20");
        await page.Locator("#report-check").ClickAsync();
        await Assertions.Expect(page.Locator("#report-status")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("#report-status")).Not.ToHaveTextAsync(words["web.report.checking"]);
        Assert.Equal(0, await page.Locator("#report-issues .issue-link.error").CountAsync());
        await Assertions.Expect(page.Locator("#report-check")).ToHaveTextAsync(words["web.report.check"]);
        Assert.NotEqual(english["web.report.check"], words["web.report.check"]);
        await browser.Screenshot($"report-form-{language}.png");
        await page.Locator("#report-submit").ClickAsync();
        var id = await page.Locator("#report-id").InputValueAsync();
        await Assertions.Expect(page.Locator("#report-status")).ToContainTextAsync(id);
        var shown = await Api.GetOk(server.ClientFor("reporter.a"), "/api/v1/reports/" + Uri.EscapeDataString(id));
        Assert.Equal("submitted", shown.GetProperty("status").GetString());

        // The data manager reads the dashboard.
        await page.Locator("#sign-out").ClickAsync();
        await SignIn(page, "manager.a");
        await page.GotoAsync(new Uri(server.Address, "/app/#dashboard").ToString());
        await Assertions.Expect(page.Locator("#view-dashboard")).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#nav-dashboard")).ToHaveTextAsync(words["web.nav.dashboard"]);
        // Hectares in the language's own unit word, in the totals.
        var unit = words["web.format.ha"].Replace("{value}", "", StringComparison.Ordinal).Trim();
        await Assertions.Expect(page.Locator("#dashboard-totals")).ToContainTextAsync(unit);
        await browser.Screenshot($"dashboard-{language}.png");
        Assert.Empty(browser.Errors);
    }

    private static async Task SignIn(IPage page, string username)
    {
        await page.Locator("#username").FillAsync(username);
        await page.Locator("#password").FillAsync(DemoServer.Password);
        await page.Locator("#sign-in-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync(username);
    }
}
