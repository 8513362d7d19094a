using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Safeground.Server.Tests;

/// <summary>
/// Every view of the web app checked by axe-core (the accessibility engine browsers' own tools use) in headless
/// Chromium: labels, roles, names, contrast. Serious and critical findings fail; MapLibre's canvas is left out
/// (a map is described by its legend and details panel, not by its pixels).
/// </summary>
public sealed class AccessibilityTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Theory]
    [InlineData("map", 1280, 800)]
    [InlineData("dashboard", 1280, 800)]
    [InlineData("report", 1280, 800)]
    [InlineData("mine", 1280, 800)]
    [InlineData("review", 1280, 800)]
    [InlineData("map", 800, 1280)] // a 10-inch tablet upright
    public async Task A_view_has_no_serious_accessibility_violation(string view, int width, int height)
    {
        await using var browser = await Browser.Open(width, height);
        await browser.SignIn(server, "admin", "#" + view);
        await Assertions.Expect(browser.Page.Locator($"#view-{view}")).ToBeVisibleAsync();
        await browser.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var result = await browser.Page.RunAxe(new AxeRunContext { Exclude = [new AxeSelector(".maplibregl-canvas")] }, new AxeRunOptions());
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}")
            .ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
        Assert.Empty(browser.Errors);
        // Nothing wider than the screen: a tablet never scrolls sideways.
        Assert.True(await browser.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
    }
}
