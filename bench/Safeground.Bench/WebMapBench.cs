using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace Safeground.Bench;

/// <summary>
/// The web app's map in headless Chromium (the browser-test harness): time from page load to the map's first
/// idle (everything drawn), tile requests and time per pan at three zoom levels, and the dashboard cold and warm. Each load is a fresh
/// browser context (empty HTTP cache) already signed in, so it times what a returning user waits for.
/// </summary>
public static class WebMapBench
{
    private const int Loads = 5;
    private const int Pans = 20;

    public static async Task<int> Run(string baseUrl, string username, string password, string outFile)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true });
        var state = await SignedIn(browser, baseUrl, username, password);
        var lines = new List<string>
        {
            $"# Web map benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {baseUrl}",
            "",
            "| load | first idle (ms) | tile requests | tile bytes | basemap bytes |",
            "|---|---|---|---|---|",
        };
        var idles = new List<double>();
        for (int i = 0; i < Loads; i++)
        {
            await using var context = await browser.NewContextAsync(new() { StorageState = state, ViewportSize = new() { Width = 1280, Height = 800 } });
            var page = await context.NewPageAsync();
            var traffic = new Traffic(page);
            await page.GotoAsync(baseUrl + "/app/#map");
            await page.WaitForFunctionAsync("() => performance.getEntriesByName('safeground:map-idle').length > 0", null, new() { Timeout = 300_000 });
            double idle = await page.EvaluateAsync<double>("() => performance.getEntriesByName('safeground:map-idle')[0].startTime");
            idles.Add(idle);
            lines.Add($"| {i + 1} | {idle:F0} | {traffic.Tiles} | {traffic.TileBytes:N0} | {traffic.BasemapBytes:N0} |");
        }
        idles.Sort();
        lines.Add("");
        lines.Add($"Median first idle: **{idles[idles.Count / 2]:F0} ms** over {Loads} loads.");
        lines.Add("");
        lines.Add("| zoom | half-screen pans east | tile requests per pan (median / max) | pan to idle, ms (median / p90) |");
        lines.Add("|---|---|---|---|");
        await using (var context = await browser.NewContextAsync(new() { StorageState = state, ViewportSize = new() { Width = 1280, Height = 800 } }))
        {
            var page = await context.NewPageAsync();
            var traffic = new Traffic(page);
            await page.GotoAsync(baseUrl + "/app/#map");
            await page.WaitForFunctionAsync("() => performance.getEntriesByName('safeground:map-idle').length > 0", null, new() { Timeout = 300_000 });
            foreach (int zoom in new[] { 9, 12, 14 })
            {
                // Start over the densest cell of small hazards drawn at the national view (the same place each run).
                await page.EvaluateAsync(@"async (z) => { const m = window.safeground.map;
                    if (!window.safeground.benchStart) {
                        const cells = m.queryRenderedFeatures({ layers: ['hazard-cells'] });
                        cells.sort((a, b) => b.properties.count - a.properties.count);
                        window.safeground.benchStart = cells.length ? cells[0].geometry.coordinates : m.getCenter().toArray();
                    }
                    m.jumpTo({ center: window.safeground.benchStart, zoom: z }); await new Promise(r => m.once('idle', r)); }", zoom);
                var counts = new List<int>();
                var times = new List<double>();
                for (int i = 0; i < Pans; i++)
                {
                    // Half a screen east, again and again: each pan shows half a screen of ground not seen before (a random
                    // walk comes back over tiles MapLibre still holds, and most of its pans then ask for nothing).
                    int dx = 640, dy = 0;
                    int before = traffic.Tiles;
                    var clock = Stopwatch.StartNew();
                    // MapLibre's own count of tiles it started loading, beside the browser's count of requests.
                    int loads = await page.EvaluateAsync<int>(@"async ([dx, dy]) => { const m = window.safeground.map; let n = 0;
                        const count = (e) => { if (e.sourceId === 'safeground' && e.tile) n++; };
                        m.on('dataloading', count);
                        const idle = new Promise(r => m.once('idle', r)); m.panBy([dx, dy], { duration: 0 }); await idle;
                        m.off('dataloading', count); return n; }", new[] { dx, dy });
                    times.Add(clock.Elapsed.TotalMilliseconds);
                    counts.Add(traffic.Tiles - before);
                    if (loads != traffic.Tiles - before) Console.Error.WriteLine($"pan z{zoom}: {traffic.Tiles - before} requests seen, but MapLibre loaded {loads} tiles");
                }
                counts.Sort();
                times.Sort();
                lines.Add($"| {zoom} | {Pans} | {counts[Pans / 2]} / {counts[^1]} | {times[Pans / 2]:F0} / {times[(int)(Pans * 0.9)]:F0} |");
            }
        }
        // The dashboard: its four roll-ups computed cold (first since the server started), then from the cache.
        lines.Add("");
        lines.Add("| dashboard | ready after (ms) |");
        lines.Add("|---|---|");
        foreach (var run in new[] { "cold (roll-ups computed)", "warm (cached for this revision)" })
        {
            await using var context = await browser.NewContextAsync(new() { StorageState = state, ViewportSize = new() { Width = 1280, Height = 800 } });
            var page = await context.NewPageAsync();
            var clock = Stopwatch.StartNew();
            await page.GotoAsync(baseUrl + "/app/#dashboard");
            await page.Locator("#view-dashboard[data-state='ready']").WaitForAsync(new() { Timeout = 600_000 });
            lines.Add($"| {run} | {clock.Elapsed.TotalMilliseconds:F0} |");
        }
        File.WriteAllLines(outFile, lines);
        foreach (var line in lines) Console.WriteLine(line);
        return 0;
    }

    private static async Task<string> SignedIn(IBrowser browser, string baseUrl, string username, string password)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + "/app/");
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.Locator("#sign-out").WaitForAsync();
        return await context.StorageStateAsync();
    }

    /// <summary>Counts the page's tile requests (Safeground's /tiles) and the bytes of tiles and basemap files.</summary>
    private sealed class Traffic
    {
        private int _tiles;
        private long _tileBytes;
        private long _basemapBytes;

        public Traffic(IPage page)
        {
            page.Request += (_, r) => { if (r.Url.Contains("/tiles/", StringComparison.Ordinal) && r.Url.EndsWith(".mvt", StringComparison.Ordinal)) Interlocked.Increment(ref _tiles); };
            // Bytes as they crossed the wire (after gzip), from the browser's own accounting.
            page.RequestFinished += async (_, r) =>
            {
                bool tile = r.Url.EndsWith(".mvt", StringComparison.Ordinal), basemap = r.Url.Contains("/basemap/", StringComparison.Ordinal);
                if (!tile && !basemap) return;
                long bytes = (await r.SizesAsync()).ResponseBodySize;
                if (tile) Interlocked.Add(ref _tileBytes, bytes); else Interlocked.Add(ref _basemapBytes, bytes);
            };
        }

        public int Tiles => Volatile.Read(ref _tiles);
        public long TileBytes => Interlocked.Read(ref _tileBytes);
        public long BasemapBytes => Interlocked.Read(ref _basemapBytes);
    }
}
