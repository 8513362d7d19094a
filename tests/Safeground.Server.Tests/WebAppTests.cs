using Microsoft.Playwright;

namespace Safeground.Server.Tests;

/// <summary>
/// The web app in a real headless Chromium (Debian's /usr/bin/chromium, installed by scripts/setup):
/// sign in through the form, and the map draws hazards from Safeground's own vector tiles — asserted on
/// the features MapLibre rendered, not on the page's markup.
/// </summary>
public sealed class WebAppTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task Signing_in_shows_the_map_with_the_hazards_drawn_from_the_tiles()
    {
        await using var browser = await Browser.Open();
        var page = browser.Page;
        await page.GotoAsync(new Uri(server.Address, "/app/").ToString());
        await page.GetByLabel("Username").FillAsync("viewer");
        await page.GetByLabel("Password").FillAsync("wrong password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("password");

        await page.GetByLabel("Password").FillAsync(DemoServer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync("viewer");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeHiddenAsync();
        // A viewer reads: no report form, no review queue.
        await Assertions.Expect(page.Locator("#nav-report")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#nav-review")).ToHaveCountAsync(0);

        // Wait for the map to load its tiles and go idle, then count what it drew.
        await browser.WaitForMap();
        int hazards = await page.EvaluateAsync<int>("() => window.safeground.map.queryRenderedFeatures({ layers: ['hazards-fill'] }).length");
        Assert.True(hazards > 0, "no hazard was drawn; page errors: " + string.Join(" | ", browser.Errors));
        // By status as well as class: clearance under way is drawn (with its dashed edge), closed hazards are not.
        var statuses = await page.EvaluateAsync<string[]>("() => [...new Set(window.safeground.map.queryRenderedFeatures({ layers: ['hazards-line'] }).map(f => f.properties.status))]");
        Assert.Contains("in-progress", statuses);
        Assert.DoesNotContain("closed", statuses);
        // The offline basemap: land and borders from the app's own files.
        int land = await page.EvaluateAsync<int>("() => window.safeground.map.queryRenderedFeatures({ layers: ['land', 'borders'] }).length");
        Assert.True(land > 0, "the basemap drew no land or border");
        Assert.Empty(browser.Errors);
        await browser.Screenshot("map.png");
        // Search by hazard id: the details come from the API and the map frames the hazard.
        var first = (await Api.GetOk(server.ClientFor("viewer"), "/api/v1/hazards?limit=1&status=open")).GetProperty("items")[0];
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
        // The details panel: evidence, the timeline and the reports behind the hazard.
        await Assertions.Expect(page.Locator("#details-title")).ToContainTextAsync(id);
        await Assertions.Expect(page.Locator("#details")).ToContainTextAsync("Timeline");
        Assert.True(await page.Locator("#details .reports li").CountAsync() > 0, "the hazard's reports are not listed");
        // Its contamination type as a survey stated it, in words (the demo's surveys state one on every hazard).
        var type = hazard.GetProperty("contaminationType").GetString()!;
        await Assertions.Expect(page.Locator("#details")).ToContainTextAsync("contamination type");
        await Assertions.Expect(page.Locator("#details")).ToContainTextAsync(type.Contains("mines", StringComparison.Ordinal) ? "mined area" : "area");
        await Assertions.Expect(page.Locator("#details")).Not.ToContainTextAsync(type);

        // Clicking a hazard drawn on the map opens its details.
        await browser.WaitForMap();
        var hit = await page.EvaluateAsync<System.Text.Json.JsonElement>("""
            () => {
              const m = window.safeground.map, c = m.getCanvas();
              for (let y = 20; y < c.clientHeight; y += 15)
                for (let x = 20; x < c.clientWidth; x += 15) {
                  const [f] = m.queryRenderedFeatures([x, y], { layers: ['hazards-fill'] });
                  if (f) return { x, y, id: f.properties.hazard_id };
                }
              return null;
            }
            """);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, hit.ValueKind);
        var box = await page.Locator("#map canvas").BoundingBoxAsync();
        await page.Mouse.ClickAsync(box!.X + hit.GetProperty("x").GetSingle(), box.Y + hit.GetProperty("y").GetSingle());
        await Assertions.Expect(page.Locator("#details-title")).ToContainTextAsync(hit.GetProperty("id").GetString()!);

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
        Assert.Empty(browser.Errors);

    }

    [Fact]
    public async Task The_offline_basemap_is_served_with_the_app_and_compressed_while_api_answers_are_not()
    {
        using var client = new HttpClient { BaseAddress = server.Address };
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip");
        foreach (var file in new[] { "land.json", "borders.json", "places.json", "gazetteer.json" })
        {
            using var response = await client.GetAsync(new Uri("/app/basemap/" + file, UriKind.Relative));
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("gzip", response.Content.Headers.ContentEncoding);
        }
        var api = server.ClientFor("viewer");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/rollups");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var answer = await api.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);
        Assert.Empty(answer.Content.Headers.ContentEncoding);
    }

    private static IEnumerable<(double Lon, double Lat)> Flatten(System.Text.Json.JsonElement e) =>
        e[0].ValueKind == System.Text.Json.JsonValueKind.Number
            ? [(e[0].GetDouble(), e[1].GetDouble())]
            : e.EnumerateArray().SelectMany(Flatten);
}
