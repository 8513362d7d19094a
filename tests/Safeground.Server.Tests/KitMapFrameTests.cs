using Microsoft.Playwright;
using Safeground.Core.Access;
using Safeground.Demo;
using Safeground.Core.Kits;
using Safeground.Core.Lifecycle;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>
/// A field kit served: the map opens (TileJSON bounds, which every map of the web app fits) on the kit's
/// region with its margin, not on the few hazards recorded in it, and not on the world when there are none.
/// </summary>
public sealed class KitMapFrameTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sg-kit-frame-").FullName;

    // A kit of the demo's first region, made as 'safeground kit create' makes it.
    private (string Path, Core.Reference.Region Region) MakeKit()
    {
        var data = DemoOperation.Generate(DemoScale.Operation, DemoOperation.DefaultSeed);
        var source = Path.Combine(_dir, "source.gpkg");
        using (var store = GeoPackageStore.Open(source))
        {
            new BulkLoader(store, TimeProvider.System, Safeground.Core.Rules.StoredProgramme.Of(store)).Load(data.Organisations, data.Teams, data.Deployments, data.HazardReports, data.OtherReports, "demo");
            using var tx = store.BeginWrite();
            tx.ReplaceRegions(data.Regions);
            tx.Commit();
        }
        var region = data.Regions[0];
        var kitPath = Path.Combine(_dir, "kit.gpkg");
        using (var store = GeoPackageStore.Open(source, create: false))
            KitFile.Create(kitPath, p => GeoPackageStore.Open(p), File.Delete, kit => FieldKit.Fill(store, kit, new KitRequest(region.Name)));
        return (kitPath, region);
    }

    [Fact]
    public async Task A_served_kit_opens_on_its_region_with_a_margin()
    {
        var (kitPath, region) = MakeKit();
        var app = SafegroundServer.Build(new ServerOptions(() => GeoPackageStore.OpenPooled(kitPath), kitPath, Port: 0, AllowAnonymous: true));
        await app.StartAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = SafegroundServer.Address(app) };
            var tilejson = await Api.GetOk(client, "/tiles/tiles.json");
            var bounds = tilejson.GetProperty("bounds").EnumerateArray().Select(b => b.GetDouble()).ToArray();
            var box = region.Boundary.EnvelopeInternal;
            double dx = box.Width * 0.05, dy = box.Height * 0.05;
            // The region's box and margin contain the hazards recorded in it, so they are the frame exactly.
            Assert.Equal([box.MinX - dx, box.MinY - dy, box.MaxX + dx, box.MaxY + dy], bounds, (a, b) => Math.Abs(a - b) < 1e-9);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            GeoPackageStore.ClosePool(kitPath);
        }
    }

    [Fact]
    public async Task In_the_browser_the_kits_map_opens_on_its_region()
    {
        var (kitPath, region) = MakeKit();
        using (var kit = GeoPackageStore.Open(kitPath, create: false))
            UserAccounts.Add(kit, "lead", null, Role.Admin, null, DemoServer.Password, DateTimeOffset.UtcNow, iterations: 1000);
        var app = SafegroundServer.Build(new ServerOptions(() => GeoPackageStore.OpenPooled(kitPath), kitPath, Port: 0,
            WebRoot: Path.Combine(AppContext.BaseDirectory, "web")));
        await app.StartAsync();
        try
        {
            await using var browser = await Browser.Open();
            var page = browser.Page;
            await page.GotoAsync(new Uri(SafegroundServer.Address(app), "/app/").ToString());
            await page.GetByLabel("Username").FillAsync("lead");
            await page.GetByLabel("Password").FillAsync(DemoServer.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await browser.WaitForMap();
            var view = await page.EvaluateAsync<double[]>("() => { const b = window.safeground.map.getBounds(); return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]; }");
            var box = region.Boundary.EnvelopeInternal;
            // All of the region is in view, and the view is about the region: tight in one direction at least
            // (the window's shape differs from the region's), not the whole operation or the world.
            Assert.True(view[0] <= box.MinX && view[1] <= box.MinY && view[2] >= box.MaxX && view[3] >= box.MaxY, $"view {string.Join(", ", view)} misses region {box}");
            Assert.True(view[2] - view[0] < 1.5 * box.Width || view[3] - view[1] < 1.5 * box.Height, $"view {string.Join(", ", view)} is far wider than region {box}");
            Assert.Empty(browser.Errors);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            GeoPackageStore.ClosePool(kitPath);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
