using Safeground.Core;
using Safeground.Core.Storage;
using Safeground.Storage.GeoPackage;

namespace Safeground.Cli;

/// <summary>Opens the store named by <c>--store</c>: today a GeoPackage file; a PostgreSQL URL later.</summary>
public static class StoreOpener
{
    public static ISafegroundStore Open(string location, bool create)
    {
        if (location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            throw SafegroundException.Invalid($"store '{location}': PostgreSQL stores are not available in this version; use a .gpkg file");
        if (!create && !File.Exists(location))
            throw SafegroundException.NotFound($"store '{location}' does not exist (create one with 'safeground demo' or 'safeground import')");
        return GeoPackageStore.Open(location, create);
    }

    /// <summary>
    /// Opens the store for one request of a server: connections are pooled and go back to the pool on
    /// Dispose. <see cref="ClosePool"/> when the server stops.
    /// </summary>
    public static ISafegroundStore OpenPooled(string location) => GeoPackageStore.OpenPooled(location);

    /// <summary>Closes what <see cref="OpenPooled"/> kept open.</summary>
    public static void ClosePool(string location) => GeoPackageStore.ClosePool(location);

    /// <summary>Removes a GeoPackage store file with its SQLite side files (-wal, -shm, -journal).</summary>
    public static void Delete(string path)
    {
        foreach (var p in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
            if (File.Exists(p)) File.Delete(p);
    }
}
