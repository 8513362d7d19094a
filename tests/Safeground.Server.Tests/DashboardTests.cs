using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>
/// The dashboard in a real headless Chromium: its totals are the figures the command line's
/// <c>safeground status --json</c> prints for the same store file, whole and filtered by an organisation
/// and a period chosen in the page, exactly (the cells carry the unrounded m²), and its charts draw.
/// </summary>
public sealed class DashboardTests(DemoServer server) : IClassFixture<DemoServer>
{
    private static readonly string[] Keys = ["hazards", "originalM2", "cancelledM2", "reducedM2", "clearedM2", "reopenedM2", "remainingM2", "remainingLandM2", "countedTwiceM2", "finds", "accidents", "killed", "injured"];

    [Fact]
    public async Task The_dashboard_totals_are_the_command_lines_status_whole_and_filtered()
    {
        await using var browser = await Browser.Open();
        var page = browser.Page;
        var errors = browser.Errors;
        // Console errors catch what throws nothing (a refused stylesheet or script); the 401 of asking for a
        // session before signing in is expected (the app has its own icon, so no /favicon.ico 404 either).
        page.Console += (_, m) =>
        {
            if (m.Type == "error" && !m.Text.Contains("401", StringComparison.Ordinal))
                errors.Add($"{m.Text} ({m.Location})");
        };

        await browser.SignIn(server, "viewer", "#dashboard");
        var view = page.Locator("#view-dashboard");
        await Assertions.Expect(view).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 60_000 });
        Assert.True(errors.Count == 0, string.Join(" | ", errors));

        AssertSameTotals(await Totals(page), Status());
        // Every chart is on the page with its canvas; the release chart drew bars.
        Assert.Equal(5, await page.Locator("#dashboard-figures > .dashboard-charts figure.chart figcaption").CountAsync());
        int drawn = await page.EvaluateAsync<int>("() => window.safeground.charts.slice(0, 5).filter(c => c.getDatasetMeta(0).data.length > 0).length");
        Assert.True(drawn >= 4, $"{drawn} of 5 charts drew");
        Assert.True(await page.EvaluateAsync<bool>("() => window.safeground.charts[0].data.datasets.some(d => d.data.some(v => v > 0))"));
        await browser.Screenshot("dashboard.png");

        // An organisation and a period, chosen with the form's labelled controls.
        string from, to;
        using (var store = GeoPackageStore.Open(server.StorePath, create: false))
        {
            var days = store.Hazards().Select(h => h.CreatedOn).Order().ToList();
            from = Day(days[days.Count / 4]);
            to = Day(days[days.Count * 3 / 4]);
        }
        await page.GetByLabel("Organisation", new() { Exact = true }).SelectOptionAsync(DemoServer.OrgA);
        await page.GetByLabel("From", new() { Exact = true }).FillAsync(from);
        await page.GetByLabel("To", new() { Exact = true }).FillAsync(to);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        string query = $"organisation={DemoServer.OrgA}&from={from}&to={to}";
        await Assertions.Expect(view).ToHaveAttributeAsync("data-loaded", query, new() { Timeout = 60_000 });
        await Assertions.Expect(view).ToHaveAttributeAsync("data-state", "ready");
        Assert.EndsWith("#dashboard/" + query, page.Url, StringComparison.Ordinal);
        var filtered = Status("--organisation", DemoServer.OrgA, "--from", from, "--to", to);
        AssertSameTotals(await Totals(page), filtered);
        Assert.NotEqual(Status().GetProperty("hazards").GetInt32(), filtered.GetProperty("hazards").GetInt32());
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"organisation {DemoServer.OrgA}, from {from}, to {to}");
        // Each figure says what it is: released in the period, remaining at its end, records or land.
        Assert.Contains($"released between {from} and {to}", await Label(page, "clearedM2"), StringComparison.Ordinal);
        Assert.Contains($"Remaining hazardous area on {to} (records", await Label(page, "remainingM2"), StringComparison.Ordinal);
        Assert.Contains($"Remaining hazardous land on {to} (land", await Label(page, "remainingLandM2"), StringComparison.Ordinal);

        // The period's end alone: the figures as they stood that day (asOf), the same as `status --as-of`.
        await page.GetByLabel("From", new() { Exact = true }).FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Assertions.Expect(view).ToHaveAttributeAsync("data-loaded", $"organisation={DemoServer.OrgA}&to={to}", new() { Timeout = 60_000 });
        await Assertions.Expect(view).ToHaveAttributeAsync("data-state", "ready");
        AssertSameTotals(await Totals(page), Status("--organisation", DemoServer.OrgA, "--as-of", to));
        Assert.Contains($"released up to {to}", await Label(page, "clearedM2"), StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"organisation {DemoServer.OrgA}, as of {to}");

        // A region offered in the list, the other filters cleared.
        var region = page.GetByLabel("Region", new() { Exact = true });
        string name = await region.Locator("option").Nth(1).GetAttributeAsync("value") ?? "";
        Assert.NotEqual("", name);
        await region.SelectOptionAsync(name);
        await page.GetByLabel("Organisation", new() { Exact = true }).SelectOptionAsync("");
        await page.GetByLabel("From", new() { Exact = true }).FillAsync("");
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        // The page encodes the name as URLSearchParams does: compare it decoded.
        await page.WaitForFunctionAsync("name => { const v = document.getElementById('view-dashboard'); return v.dataset.state === 'ready' && new URLSearchParams(v.dataset.loaded).get('region') === name && v.dataset.loaded.indexOf('&') < 0; }", name, new() { Timeout = 60_000 });
        var inRegion = Status("--region", name);
        Assert.True(inRegion.GetProperty("hazards").GetInt32() > 0, $"region {name} has no hazard");
        AssertSameTotals(await Totals(page), inRegion);

        // A portrait tablet: the same page, one column.
        await page.SetViewportSizeAsync(800, 1280);
        await browser.Screenshot("dashboard-portrait.png");
        Assert.True(errors.Count == 0, string.Join(" | ", errors));
    }

    [Fact]
    public async Task The_dashboard_downloads_its_totals_as_csv_and_its_charts_as_png_and_prints_without_clipping()
    {
        await using var browser = await Browser.Open();
        var page = browser.Page;
        await browser.SignIn(server, "viewer", "#dashboard");
        var view = page.Locator("#view-dashboard");
        await Assertions.Expect(view).ToHaveAttributeAsync("data-state", "ready", new() { Timeout = 60_000 });

        // The totals as CSV: the exact figures of `safeground status`, keyed as in its JSON, headings in the page's language.
        var csv = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download “Totals: released to date, remaining today” as CSV" }).ClickAsync());
        Assert.Equal("safeground-totals.csv", csv.SuggestedFilename);
        var lines = (await File.ReadAllTextAsync(await csv.PathAsync())).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Figure,Key,Value", lines[0]);
        var status = Status();
        foreach (var key in Keys)
        {
            var row = lines.Single(l => l.Split(',')[^2] == key).Split(',');
            Assert.True(status.GetProperty(key).GetDouble() == double.Parse(row[^1], CultureInfo.InvariantCulture), $"{key}: CSV {row[^1]}, status {status.GetProperty(key)}");
        }

        // A chart as CSV (its series by month) and as a PNG image on white.
        var chartCsv = await page.RunAndWaitForDownloadAsync(() => page.Locator("#chart-released-csv").ClickAsync());
        var chartLines = (await File.ReadAllTextAsync(await chartCsv.PathAsync())).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Month,Cancelled (ha),Reduced (ha),Cleared (ha)", chartLines[0], StringComparison.Ordinal);
        Assert.True(chartLines.Length > 2, "the release chart's CSV has no month");
        var png = await page.RunAndWaitForDownloadAsync(() => page.Locator("#chart-released-png").ClickAsync());
        Assert.Equal("safeground-released.png", png.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(await png.PathAsync());
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        int width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4));
        int height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4));
        Assert.True(width > 300 && height > 200 && bytes.Length > 5_000, $"chart PNG {width}×{height}, {bytes.Length} bytes");

        // Printed: no controls, and every chart and the totals inside the printed width (A4 less 15 mm margins is
        // 180 mm = 680 CSS px), its canvas no wider than its figure (a clipped chart was the complaint).
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.SetViewportSizeAsync(680, 1000);
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        Assert.False(await page.Locator("#dashboard-filters").IsVisibleAsync());
        Assert.Equal(0, await page.Locator(".downloads:visible").CountAsync());
        var boxes = await page.EvaluateAsync<double[][]>("() => [...document.querySelectorAll('#dashboard-figures > .dashboard-charts figure.chart')].map(f => { const c = f.querySelector('canvas').getBoundingClientRect(), r = f.getBoundingClientRect(); return [r.left, r.right, c.left, c.right, c.height]; })");
        Assert.Equal(5, boxes.Length);
        foreach (var b in boxes)
        {
            Assert.True(b[0] >= -0.5 && b[1] <= 680.5, $"a chart spans {b[0]}..{b[1]} px of a 680 px page");
            Assert.True(b[2] >= b[0] - 0.5 && b[3] <= b[1] + 0.5 && b[4] > 50, $"a canvas spans {b[2]}..{b[3]} (height {b[4]}) in a figure {b[0]}..{b[1]}");
        }
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        if (Environment.GetEnvironmentVariable("SAFEGROUND_SCREENSHOTS") is { Length: > 0 } dir)
            await File.WriteAllBytesAsync(Path.Combine(dir, "dashboard-print.pdf"), pdf);
        Assert.True(browser.Errors.Count == 0, string.Join(" | ", browser.Errors));
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<string> Label(IPage page, string key) =>
        await page.Locator($"#dashboard-totals tr:has(td[data-key='{key}']) th").InnerTextAsync();

    private static async Task<Dictionary<string, string>> Totals(IPage page) =>
        (await page.EvaluateAsync<string[][]>("() => [...document.querySelectorAll('#dashboard-totals td[data-key]')].map(td => [td.dataset.key, td.dataset.value])"))
            .ToDictionary(kv => kv[0], kv => kv[1]);

    private static void AssertSameTotals(Dictionary<string, string> shown, JsonElement status)
    {
        Assert.Equal(Keys.Order(), shown.Keys.Order());
        foreach (var key in Keys)
            Assert.True(status.GetProperty(key).GetDouble() == double.Parse(shown[key], CultureInfo.InvariantCulture),
                $"{key}: the dashboard shows {shown[key]}, safeground status says {status.GetProperty(key)}");
    }

    /// <summary>The total of <c>safeground status --json</c>, the built program run on the server's store file.</summary>
    private JsonElement Status(params string[] filter)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "safeground.dll"), "status", "--store", server.StorePath, "--json" }.Concat(filter))
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(TimeSpan.FromMinutes(2)), "safeground status did not finish in 2 minutes");
        Assert.True(p.ExitCode == 0, $"safeground status: exit {p.ExitCode}\n{stderr.Result}");
        using var doc = JsonDocument.Parse(stdout.Result);
        return doc.RootElement.GetProperty("total").Clone();
    }
}
