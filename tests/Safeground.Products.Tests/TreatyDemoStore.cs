using Safeground.Core.Lifecycle;
using Safeground.Core.Rules;
using Safeground.Core.Storage;
using Safeground.Demo;
using Safeground.Storage.GeoPackage;

namespace Safeground.Products.Tests;

/// <summary>The demo operation (2026) in a GeoPackage store with its districts, loaded once for the treaty tests.</summary>
public sealed class TreatyDemoStore : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sg-treaty-").FullName;

    public TreatyDemoStore()
    {
        Path = System.IO.Path.Combine(_dir, "demo.gpkg");
        Store = GeoPackageStore.Open(Path);
        var data = DemoOperation.Generate(DemoScale.Operation, DemoOperation.DefaultSeed);
        new BulkLoader(Store, TimeProvider.System, StoredProgramme.Of(Store)).Load(data.Organisations, data.Teams, data.Deployments, data.HazardReports, data.OtherReports, "demo");
        using var tx = Store.BeginWrite();
        tx.ReplaceRegions(data.Regions);
        tx.Commit();
    }

    public string Path { get; }

    public ISafegroundStore Store { get; }

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
