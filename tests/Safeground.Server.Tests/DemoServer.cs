using Microsoft.AspNetCore.Builder;
using Safeground.Core.Demo;
using Safeground.Core.Lifecycle;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>
/// A real Safeground server on a free loopback port over a fresh demo store, shared by the tests of a
/// class (xunit class fixture). Tests that write use their own instance.
/// </summary>
public sealed class DemoServer : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"sg-server-{Guid.NewGuid():N}");
    private WebApplication? _app;

    public string StorePath => Path.Combine(_dir, "demo.gpkg");
    public Uri Address { get; private set; } = new("http://127.0.0.1/");
    public HttpClient Client { get; private set; } = new();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        var data = DemoOperation.Generate(DemoScale.Operation, DemoOperation.DefaultSeed);
        using (var store = GeoPackageStore.Open(StorePath))
        {
            new BulkLoader(store, TimeProvider.System).Load(data.Organisations, data.Teams, data.Deployments, data.HazardReports, data.OtherReports, "demo");
            using var tx = store.BeginWrite();
            tx.ReplaceRegions(data.Regions);
            tx.Commit();
        }
        _app = SafegroundServer.Build(new ServerOptions(() => GeoPackageStore.OpenPooled(StorePath), StorePath, Port: 0));
        await _app.StartAsync();
        Address = SafegroundServer.Address(_app);
        Client = new HttpClient { BaseAddress = Address };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        GeoPackageStore.ClosePool(StorePath);
        Directory.Delete(_dir, recursive: true);
    }
}
