using Microsoft.Playwright;

namespace Safeground.Server.Tests;

/// <summary>
/// The web app in a real headless Chromium (Debian's /usr/bin/chromium, installed by scripts/setup):
/// sign in through the form, and the map draws hazards from Safeground's own vector tiles — asserted on
/// the features MapLibre rendered, not on the page's markup.
/// </summary>
public sealed class WebAppTests(DemoServer server) : IClassFixture<DemoServer>
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Signing_in_shows_the_map_with_the_hazards_drawn_from_the_tiles()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "web", "index.html")),
            "the web app is not built: run scripts/web (scripts/test does) before building the tests");
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install chromium (scripts/setup)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);

        await page.GotoAsync(new Uri(server.Address, "/app/").ToString());
        await page.GetByLabel("Username").FillAsync("viewer");
        await page.GetByLabel("Password").FillAsync("wrong password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("password");

        await page.GetByLabel("Password").FillAsync(DemoServer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync("viewer");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeHiddenAsync();

        // Wait for the map to load its tiles and go idle, then count what it drew.
        await page.WaitForFunctionAsync("() => window.safeground?.map?.loaded() && window.safeground.map.areTilesLoaded()", null, new() { Timeout = 60_000 });
        int hazards = await page.EvaluateAsync<int>("() => window.safeground.map.queryRenderedFeatures({ layers: ['hazards-fill'] }).length");
        Assert.True(hazards > 0, "no hazard was drawn; page errors: " + string.Join(" | ", errors));
        Assert.Empty(errors);
        // SAFEGROUND_SCREENSHOTS=DIR keeps a picture for the docs (docs/screenshots/map.png).
        if (Environment.GetEnvironmentVariable("SAFEGROUND_SCREENSHOTS") is { Length: > 0 } shots)
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "map.png") });

        // Search by hazard id: the details come from the API and the map frames the hazard.
        var first = (await Api.GetOk(server.ClientFor("viewer"), "/api/v1/hazards?limit=1")).GetProperty("items")[0];
        string id = first.GetProperty("id").GetString()!;
        await page.GetByLabel("Find a hazard by id").FillAsync(id);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(id);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("ha remaining");
        var hazard = await Api.GetOk(server.ClientFor("viewer"), "/api/v1/hazards/" + id);
        var centre = await page.EvaluateAsync<double[]>("() => { const c = window.safeground.map.getCenter(); return [c.lng, c.lat]; }");
        var ring = hazard.GetProperty("original").GetProperty("coordinates").EnumerateArray().SelectMany(Flatten).ToList();
        Assert.InRange(centre[0], ring.Min(p => p.Lon), ring.Max(p => p.Lon));
        Assert.InRange(centre[1], ring.Min(p => p.Lat), ring.Max(p => p.Lat));
        await page.GetByLabel("Find a hazard by id").FillAsync("HA-NOWHERE-9");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("No hazard or place matches HA-NOWHERE-9");

        // Search by place in the offline gazetteer: transliteration variants find GeoNames' spelling, and the map goes there.
        await page.GetByLabel("Find a hazard by id").FillAsync("Kupiansk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Kupjansk, UA");
        centre = await page.EvaluateAsync<double[]>("() => { const c = window.safeground.map.getCenter(); return [c.lng, c.lat]; }");
        Assert.InRange(centre[0], 37.5, 37.7);
        Assert.InRange(centre[1], 49.6, 49.8);
        Assert.Empty(errors);

    }

    private static IEnumerable<(double Lon, double Lat)> Flatten(System.Text.Json.JsonElement e) =>
        e[0].ValueKind == System.Text.Json.JsonValueKind.Number
            ? [(e[0].GetDouble(), e[1].GetDouble())]
            : e.EnumerateArray().SelectMany(Flatten);
}
