using Safeground.Core.Kits;
using Safeground.Core.Storage;
using Safeground.Storage.Contract.UseCases;

namespace Safeground.Storage.GeoPackage.Tests;

/// <summary>Core's use cases on GeoPackage files in a temporary folder; a kit is a kit file, written through <see cref="KitFile"/> and opened again.</summary>
public sealed class GeoPackageKind : StoreKind
{
    private readonly TempFiles _files = new();

    public override ISafegroundStore NewStore() => GeoPackageStore.Open(NewPath("store.gpkg"));

    public override (ISafegroundStore Kit, KitSummary Summary) NewKit(Func<ISafegroundStore, KitSummary> fill)
    {
        var path = NewPath("kit.gpkg");
        var summary = KitFile.Create(path, p => GeoPackageStore.Open(p), Delete, fill);
        return (GeoPackageStore.Open(path, create: false), summary);
    }

    /// <summary>A new file's path in this kind's folder (removed with it).</summary>
    public string NewPath(string name) => _files.Path(Guid.NewGuid().ToString("N") + "-" + name);

    /// <summary>Removes a GeoPackage with its side files.</summary>
    public static void Delete(string path)
    {
        foreach (var p in new[] { path, path + "-wal", path + "-shm", path + "-journal" }) if (File.Exists(p)) File.Delete(p);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _files.Dispose();
        base.Dispose(disposing);
    }
}
