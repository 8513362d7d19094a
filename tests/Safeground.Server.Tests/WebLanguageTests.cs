using Microsoft.Playwright;

namespace Safeground.Server.Tests;

/// <summary>
/// The web app in the user's language (issue 16): chosen from the browser's languages, switched in the header and
/// remembered per user; numbers written the same way in the totals and the charts; Arabic right to left.
/// </summary>
public sealed class WebLanguageTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task Under_a_Spanish_browser_the_totals_and_the_charts_write_numbers_the_same_way()
    {
        await using var browser = await Browser.Open(locale: "es-ES");
        var page = browser.Page;
        await page.GotoAsync(new Uri(server.Address, "/app/#dashboard").ToString());
        await page.Locator("#username").FillAsync("viewer");
        await page.Locator("#password").FillAsync(DemoServer.Password);
        await page.Locator("#sign-in-submit").ClickAsync();
        var view = page.Locator("#view-dashboard");
        await Assertions.Expect(view).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 60_000 });

        // The remaining area: the totals' cell and the same figure as the chart's value axis and tooltip write it.
        string cell = await page.Locator("#dashboard-totals td[data-key='remainingM2']").InnerTextAsync();
        var chart = await page.EvaluateAsync<string[]>("""
            () => {
              const c = window.safeground.charts[1];
              const value = c.data.datasets[3].data[1];
              return [c.scales.x.getLabelForValue(value), ...c.scales.x.ticks.map(t => String(t.label))];
            }
            """);
        Assert.True(cell.StartsWith(chart[0] + "\u00a0", StringComparison.Ordinal) || cell.StartsWith(chart[0] + " ", StringComparison.Ordinal),
            $"the totals say {cell}, the chart says {chart[0]}");
        // A tick of ten thousand or more is grouped as Spanish groups it (a dot), not as English does (a comma).
        Assert.DoesNotContain(chart.Skip(1), label => label.Contains(',', StringComparison.Ordinal) && !label.Contains('.', StringComparison.Ordinal) && label.Length > 5);
        Assert.Equal("es", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Empty(browser.Errors);
    }

    [Theory]
    [InlineData("fr-CA", "fr", "ltr")]
    [InlineData("ar-EG", "ar", "rtl")]
    [InlineData("de-DE", "en", "ltr")]
    public async Task Without_a_choice_the_browsers_language_is_used_when_the_app_speaks_it(string browserLocale, string lang, string dir)
    {
        await using var browser = await Browser.Open(locale: browserLocale);
        var page = browser.Page;
        await page.GotoAsync(new Uri(server.Address, "/app/").ToString());
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", dir);
        await Assertions.Expect(page.Locator("#language")).ToHaveValueAsync(lang);
        // The switch names each language in itself, whatever the page's language.
        var names = await page.Locator("#language option").AllInnerTextsAsync();
        Assert.Equal(["English", "Українська", "Русский", "العربية", "Français", "Español", "Português", "Bosanski"], names);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task The_switch_is_remembered_per_user_keeps_the_draft_and_asks_the_server_in_the_language()
    {
        await using var browser = await Browser.Open();
        var page = browser.Page;
        var languagesAsked = new List<string>();
        page.Request += (_, r) =>
        {
            if (r.Url.Contains("/api/v1/", StringComparison.Ordinal))
                lock (languagesAsked) languagesAsked.Add(r.Headers.TryGetValue("accept-language", out var l) ? l : "(none)");
        };
        await SignIn(page, "reporter.a", "#report");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await browser.WaitForMap("reportMap"); // the form keeps its draft once it is whole
        await page.Locator("#report-hazard").FillAsync("HA-TYPED-BEFORE-SWITCH");
        await page.WaitForFunctionAsync("() => (localStorage.getItem('safeground:draft:reporter.a:report') ?? '').includes('HA-TYPED-BEFORE-SWITCH')");

        lock (languagesAsked) languagesAsked.Clear();
        await page.Locator("#language").SelectOptionAsync("uk");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "uk");
        // Still signed in, on the form, with what was typed.
        await Assertions.Expect(page.Locator("#report-hazard")).ToHaveValueAsync("HA-TYPED-BEFORE-SWITCH", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#language")).ToHaveValueAsync("uk");
        lock (languagesAsked) Assert.True(languagesAsked.Count > 0 && languagesAsked.All(l => l == "uk"), string.Join(", ", languagesAsked));

        // Another user without a choice of their own gets the last one made on this device; their choice is theirs.
        await page.Locator("#sign-out").ClickAsync();
        await SignIn(page, "reporter.b", "#map");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "uk");
        await page.Locator("#language").SelectOptionAsync("ar");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync("reporter.b", new() { Timeout = 30_000 });
        await page.Locator("#sign-out").ClickAsync();
        // The sign-in page speaks the last choice; the first user, signing in, gets their own back.
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        await SignIn(page, "reporter.a", "#map");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "uk");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Arabic_mirrors_the_map_the_form_the_review_queue_and_the_charts()
    {
        await using var browser = await Browser.Open(1440, 900);
        var page = browser.Page;
        foreach (var lang in new[] { "en", "ar" })
        {
            await page.GotoAsync(new Uri(server.Address, $"/app/?lang={lang}#map").ToString());
            // Signed in already (the session survives), or the sign-in form once the page has its words.
            await page.WaitForFunctionAsync("() => !document.getElementById('sign-in').hidden || document.getElementById('who').textContent");
            if (await page.Locator("#sign-in").IsVisibleAsync()) await SignIn(page, "manager.a", "#map", navigate: false);
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", lang == "ar" ? "rtl" : "ltr");
            bool rtl = lang == "ar";
            await browser.WaitForMap();
            // The zoom buttons and the scale where a line starts; the side panel at the end.
            var start = rtl ? "right" : "left";
            await Assertions.Expect(page.Locator($"#map .maplibregl-ctrl-top-{start} .maplibregl-ctrl-zoom-in")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator($"#map .maplibregl-ctrl-bottom-{start} .maplibregl-ctrl-scale")).ToHaveCountAsync(1);
            Assert.Equal(rtl, await LeftOf(page, "#legend", "#map"));
            await Screens(browser, $"map-{lang}");

            await page.Locator("#nav-report").ClickAsync();
            await browser.WaitForMap("reportMap");
            Assert.Equal(!rtl, await LeftOf(page, ".report-side", "#report-map"));
            await Screens(browser, $"report-{lang}");

            await page.Locator("#nav-review").ClickAsync();
            await browser.WaitForMap("reviewMap");
            Assert.Equal(!rtl, await LeftOf(page, ".review-queue", "#review-map"));
            Assert.Equal(rtl, await LeftOf(page, ".review-side", "#review-map"));

            await page.Locator("#nav-dashboard").ClickAsync();
            await Assertions.Expect(page.Locator("#view-dashboard")).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 60_000 });
            Assert.Equal(!rtl, await LeftOf(page, ".dashboard-totals", ".dashboard-charts"));
            var chart = await page.EvaluateAsync<bool[]>("""
                () => window.safeground.charts.flatMap(c => [c.options.plugins.legend.rtl, c.options.plugins.tooltip.rtl, c.scales.x.options.reverse])
                """);
            Assert.All(chart, b => Assert.Equal(rtl, b));
            // Arabic writes Latin digits, in the totals and the charts alike (as the server's messages do).
            var figures = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('#dashboard-totals td')].map(e => e.textContent)" +
                ".concat(window.safeground.charts.flatMap(c => Object.values(c.scales).flatMap(s => s.ticks.map(t => String(t.label)))))");
            Assert.DoesNotContain(figures, f => f.Any(ch => ch is >= '\u0660' and <= '\u0669'));
            Assert.Contains(figures, f => f.Any(char.IsAsciiDigit));
            await Screens(browser, $"dashboard-{lang}");
            await page.Locator("#sign-out").ClickAsync();
        }
        Assert.Empty(browser.Errors);
    }

    private async Task SignIn(IPage page, string username, string hash, bool navigate = true)
    {
        // By the fields' ids: their labels are in the page's language.
        if (navigate && !page.Url.EndsWith("/app/" + hash, StringComparison.Ordinal)) await page.GotoAsync(new Uri(server.Address, "/app/" + hash).ToString());
        await page.Locator("#username").FillAsync(username);
        await page.Locator("#password").FillAsync(DemoServer.Password);
        await page.Locator("#sign-in-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync(username);
    }

    // Whether the first element's middle is left of the second's.
    private static async Task<bool> LeftOf(IPage page, string first, string second)
    {
        var a = await page.Locator(first).BoundingBoxAsync();
        var b = await page.Locator(second).BoundingBoxAsync();
        Assert.True(a is not null && b is not null, $"{first} or {second} is not shown");
        return a.X + a.Width / 2 < b.X + b.Width / 2;
    }

    // At desktop (as opened) and portrait tablet sizes, for SAFEGROUND_SCREENSHOTS.
    private static async Task Screens(Browser browser, string name)
    {
        if (Environment.GetEnvironmentVariable("SAFEGROUND_SCREENSHOTS") is not { Length: > 0 }) return;
        await browser.Screenshot($"{name}-desktop.png");
        await browser.Page.SetViewportSizeAsync(800, 1280);
        await Task.Delay(500); // the maps and charts redraw at the new size (only for the pictures)
        await browser.Screenshot($"{name}-tablet.png");
        await browser.Page.SetViewportSizeAsync(1440, 900);
    }
}
