using Safeground.Core.Text;

namespace Safeground.Server;

/// <summary>
/// Keeps the server's file system out of its answers. Domain and storage messages name the store by its full path
/// (the CLI prints them as they are, for the operator); over HTTP the same sentence names it by its file name, and
/// any other mention of the store's directory (its -wal file, a backup beside it) loses the directory.
/// </summary>
internal static class StoreRedaction
{
    /// <summary>The store as an HTTP client may see it: a file's name, or a PostgreSQL store's database (never host, user or path).</summary>
    public static string PublicName(string storeName)
    {
        ArgumentNullException.ThrowIfNull(storeName);
        if (storeName.Contains("://", StringComparison.Ordinal))
        {
            return Uri.TryCreate(storeName, UriKind.Absolute, out var u) && u.AbsolutePath.Trim('/') is { Length: > 0 } db
                ? Texts.Render("api.store.postgres", ("database", Uri.UnescapeDataString(db)))
                : Texts.Render("api.store.postgres-unnamed");
        }
        return Path.GetFileName(storeName.TrimEnd('/', '\\')) is { Length: > 0 } file ? file : Texts.Render("api.store.unnamed");
    }

    /// <summary><paramref name="message"/> with the store's locations (<paramref name="locations"/>: as the host and the store spell them) named neutrally.</summary>
    public static string Scrub(string message, string storeName, params IEnumerable<string?> locations)
    {
        ArgumentNullException.ThrowIfNull(message);
        var name = PublicName(storeName);
        var spelled = locations.Append(storeName).OfType<string>().Where(l => l.Length > 0).Distinct(StringComparer.Ordinal)
            .OrderByDescending(l => l.Length).ToList();
        foreach (var l in spelled) message = message.Replace(l, name, StringComparison.Ordinal);
        if (!storeName.Contains("://", StringComparison.Ordinal))
        {
            foreach (var l in spelled)
            {
                if (Path.GetDirectoryName(Path.GetFullPath(l)) is not { Length: > 1 } dir) continue;
                message = message.Replace(dir + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).Replace(dir, Texts.Render("api.store.directory"), StringComparison.Ordinal);
            }
        }
        return message;
    }
}
