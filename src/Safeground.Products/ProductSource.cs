namespace Safeground.Products;

/// <summary>
/// The store's name as a product prints it: a GeoPackage's file name, a database's host and name. Never the full
/// location: a PostGIS URL may carry a password, and a file's folders say nothing to the reader.
/// </summary>
public static class ProductSource
{
    public static string Of(Safeground.Core.Storage.ISafegroundStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var location = store.Location;
        if (location.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(location, UriKind.Absolute, out var uri))
            return uri.Host + uri.AbsolutePath;
        if (location.Contains("Host=", StringComparison.OrdinalIgnoreCase)) return "PostGIS";
        return Path.GetFileName(location);
    }
}
