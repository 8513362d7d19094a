using Safeground.Core;
using Safeground.Core.Storage;
using Safeground.Storage.GeoPackage;
using Safeground.Storage.PostGis;

namespace Safeground.Cli;

/// <summary>Opens the store named by <c>--store</c>: a GeoPackage file, or a PostgreSQL + PostGIS database by its postgres:// URL.</summary>
public static class StoreOpener
{
    public static bool IsPostgres(string location) => PostGisLocation.IsUrl(location);

    public static ISafegroundStore Open(string location, bool create)
    {
        if (IsPostgres(location)) return PostGisStore.Open(location, create);
        if (!create && !File.Exists(location))
            throw SafegroundException.NotFound(Texts.Render("cli.error.store-missing", ("store", location)));
        return GeoPackageStore.Open(location, create);
    }

    /// <summary>Whether a store is already there (a PostgreSQL URL always names an existing server).</summary>
    public static bool Exists(string location) => IsPostgres(location) || File.Exists(location);

    /// <summary>The store's name for messages: the full path of a file, a URL without its password.</summary>
    public static string Display(string location) => IsPostgres(location) ? PostGisLocation.Mask(location) : Path.GetFullPath(location);

    /// <summary>
    /// Opens the store for one request of a server: connections are pooled and go back to the pool on
    /// Dispose. <see cref="ClosePool"/> when the server stops.
    /// </summary>
    public static ISafegroundStore OpenPooled(string location) =>
        IsPostgres(location) ? PostGisStore.Open(location, create: false) : GeoPackageStore.OpenPooled(location);

    /// <summary>Closes what <see cref="OpenPooled"/> kept open.</summary>
    public static void ClosePool(string location)
    {
        if (IsPostgres(location)) PostGisStore.ClosePool(location);
        else GeoPackageStore.ClosePool(location);
    }

    /// <summary>Removes a GeoPackage store file with its SQLite side files (-wal, -shm, -journal); a database is never dropped.</summary>
    public static void Delete(string path)
    {
        if (IsPostgres(path)) return;
        foreach (var p in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
            if (File.Exists(p)) File.Delete(p);
    }
}
