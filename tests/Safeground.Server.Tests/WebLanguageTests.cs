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
}
