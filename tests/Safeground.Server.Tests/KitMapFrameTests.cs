using Safeground.Core.Demo;
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

    [Fact]
    public async Task A_served_kit_opens_on_its_region_with_a_margin()
    {
        var data = DemoOperation.Generate(DemoScale.Operation, DemoOperation.DefaultSeed);
        var source = Path.Combine(_dir, "source.gpkg");
        using (var store = GeoPackageStore.Open(source))
        {
            new BulkLoader(store, TimeProvider.System).Load(data.Organisations, data.Teams, data.Deployments, data.HazardReports, data.OtherReports, "demo");
            using var tx = store.BeginWrite();
            tx.ReplaceRegions(data.Regions);
            tx.Commit();
        }
        var region = data.Regions[0];
        var kitPath = Path.Combine(_dir, "kit.gpkg");
        using (var store = GeoPackageStore.Open(source, create: false))
            KitFile.Create(kitPath, p => GeoPackageStore.Open(p), File.Delete, kit => FieldKit.Fill(store, kit, new KitRequest(region.Name)));

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

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
