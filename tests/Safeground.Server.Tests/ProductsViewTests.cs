using Microsoft.Playwright;
using Safeground.Storage.GeoPackage;
using UglyToad.PdfPig;

namespace Safeground.Server.Tests;

/// <summary>
/// The web app's Products view in a real Chromium: the monthly report and the treaty workbook come down as files with
/// one tap (a double tap makes one document), the certificate of land still hazardous is refused with the server's
/// reason, and a server gone away is said, not hung on.
/// </summary>
public sealed class ProductsViewTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task A_data_manager_makes_the_monthly_report_and_the_treaty_tables_from_the_products_view()
    {
        await using var browser = await Browser.Open(800, 1280);
        var page = browser.Page;
        int asked = 0;
        page.Request += (_, r) => { if (r.Url.Contains("/api/v1/products/monthly.pdf", StringComparison.Ordinal)) asked++; };
        await browser.SignIn(server, "data.manager", "#products");
        string month = BusiestMonth();
        await page.GetByLabel("Month", new() { Exact = true }).FillAsync(month);
        var button = page.Locator("#product-monthly-make");
        // A double tap: the second tap finds the button disabled while the first document is made.
        var download = await page.RunAndWaitForDownloadAsync(async () =>
        {
            await button.DblClickAsync();
        }, new() { Timeout = 120_000 });
        Assert.Equal($"safeground-monthly-{month}.pdf", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        using (var pdf = PdfDocument.Open(bytes)) Assert.True(pdf.NumberOfPages >= 1);
        await Assertions.Expect(page.Locator("#product-monthly-status")).ToContainTextAsync($"Saved safeground-monthly-{month}.pdf");
        Assert.Equal(1, asked);
        await browser.Screenshot("products.png");

        await page.GetByLabel("Year", new() { Exact = true }).FillAsync(month[..4]);
        var workbook = await page.RunAndWaitForDownloadAsync(() => page.Locator("#product-treaty-make").ClickAsync(), new() { Timeout = 120_000 });
        Assert.Equal($"safeground-treaty-{month[..4]}.xlsx", workbook.SuggestedFilename);

        // Land still hazardous has no certificate: the server's sentence, naming the hazard, where the user looks.
        string open;
        using (var store = GeoPackageStore.Open(server.StorePath, create: false))
            open = store.Hazards().First(h => h.Status == Core.Hazards.HazardStatus.Open && h.RemainingM2 > 0).HazardId;
        await page.GetByLabel("Hazardous area (id)", new() { Exact = true }).FillAsync(open);
        await page.Locator("#product-certificate-make").ClickAsync();
        await Assertions.Expect(page.Locator("#product-certificate-status")).ToContainTextAsync(open);
        await Assertions.Expect(page.Locator("#product-certificate-form")).ToHaveAttributeAsync("data-state", "error");

        // The server gone away: said in words, and the button is usable again.
        await page.RouteAsync("**/api/v1/products/**", route => route.AbortAsync());
        await button.ClickAsync();
        await Assertions.Expect(page.Locator("#product-monthly-status")).ToHaveTextAsync("Cannot reach the server — try again.");
        await Assertions.Expect(button).ToBeEnabledAsync();
        Assert.True(browser.Errors.Count == 0, string.Join(" | ", browser.Errors));
    }

    private string BusiestMonth()
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        return store.Hazards().SelectMany(h => h.Releases).GroupBy(r => r.Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
            .OrderByDescending(g => g.Count()).First().Key;
    }
}
