using Safeground.Core.Lifecycle;
using Safeground.Core.Rules;
using Safeground.Core.Storage;
using Safeground.Demo;
using Safeground.Storage.GeoPackage;

namespace Safeground.Products.Tests;

/// <summary>The demo operation in a GeoPackage, made once for the monthly report's tests.</summary>
public sealed class MonthlyDemoStore : IDisposable
{
    private readonly TempDir dir = new();

    public MonthlyDemoStore()
    {
        var data = DemoOperation.Generate(DemoScale.Operation, DemoOperation.DefaultSeed);
        Store = GeoPackageStore.Open(dir.File("demo.gpkg"));
        new BulkLoader(Store, TimeProvider.System, StoredProgramme.Of(Store)).Load(data.Organisations, data.Teams, data.Deployments, data.HazardReports, data.OtherReports, "demo");
        using var tx = Store.BeginWrite();
        tx.ReplaceRegions(data.Regions);
        tx.Commit();
    }

    public ISafegroundStore Store { get; }

    public void Dispose()
    {
        Store.Dispose();
        dir.Dispose();
    }
}
