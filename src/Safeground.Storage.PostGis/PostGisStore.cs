using System.Collections.Concurrent;
using Npgsql;
using Safeground.Core;
using Safeground.Core.Text;
using Safeground.Core.Storage;
using Safeground.Storage.PostGis.Schema;

namespace Safeground.Storage.PostGis;

/// <summary>
/// Safeground's national store: PostgreSQL 15 + PostGIS 3, the same contract as the GeoPackage file.
/// </summary>
/// <remarks>
/// Each read takes a pooled connection for as long as its enumeration runs and sees committed data
/// only (READ COMMITTED); a write transaction has a connection of its own. Writers queue on an advisory
/// lock per schema: one writer at a time, as the contract says, across every process and server.
/// Instances are cheap (the pool is per connection string), so a server opens one per request.
/// </remarks>
public sealed partial class PostGisStore : ISafegroundStore
{
    private static readonly ConcurrentDictionary<string, NpgsqlDataSource> Sources = new(StringComparer.Ordinal);

    private readonly NpgsqlDataSource _source;
    private PostGisTransaction? _active;
    private bool _disposed;

    private PostGisStore(PostGisLocation location, NpgsqlDataSource source)
    {
        Where = location;
        _source = source;
    }

    /// <summary>The URL without its password.</summary>
    public string Location => Where.Display;

    internal PostGisLocation Where { get; }

    /// <summary>The Safeground schema version this program writes.</summary>
    public static int SchemaVersion => Migrations.Current;

    /// <summary>
    /// Opens the store at <paramref name="url"/> and brings its schema up to date; with <paramref name="create"/>,
    /// an empty schema (or database) gains Safeground's tables, and PostGIS when the user may add it.
    /// </summary>
    public static PostGisStore Open(string url, bool create = true) => Open(PostGisLocation.Parse(url), create, Migrations.Current);

    internal static PostGisStore Open(PostGisLocation location, bool create, int targetVersion)
    {
        var source = SourceOf(location);
        // A server opens a store per request: the schema check is made once per process and URL.
        if (targetVersion == Migrations.Current && Current.ContainsKey(location.ConnectionString)) return new PostGisStore(location, source);
        Guard(location.Display, () =>
        {
            using var c = source.OpenConnection();
            // Npgsql learns the server's types on its first connection; PostGIS created just now is not among them.
            if (Migrations.Run(c, location, create, targetVersion) == 0) c.ReloadTypes();
        });
        if (targetVersion == Migrations.Current) Current.TryAdd(location.ConnectionString, true);
        return new PostGisStore(location, source);
    }

    private static readonly ConcurrentDictionary<string, bool> Current = new(StringComparer.Ordinal);

    /// <summary>The schema version of the store at <paramref name="url"/> (0: no Safeground tables), changing nothing.</summary>
    public static int VersionOf(string url)
    {
        var location = PostGisLocation.Parse(url);
        return Guard(location.Display, () =>
        {
            using var c = SourceOf(location).OpenConnection();
            return Migrations.VersionOf(c, location.Schema);
        });
    }

    /// <summary>Closes the pooled connections of <paramref name="url"/> (a server calls this when it stops).</summary>
    public static void ClosePool(string url)
    {
        var cs = PostGisLocation.Parse(url).ConnectionString;
        Current.TryRemove(cs, out _);
        if (Sources.TryRemove(cs, out var source)) source.Dispose();
    }

    private static NpgsqlDataSource SourceOf(PostGisLocation location) => Sources.GetOrAdd(location.ConnectionString, cs =>
    {
        var builder = new NpgsqlDataSourceBuilder(cs);
        builder.UseNetTopologySuite();
        return builder.Build();
    });

    public IStoreTransaction BeginWrite(WriteMode mode = WriteMode.Normal)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_active is not null) throw new InvalidOperationException("a write transaction is already open on this store");
        _active = Guard(Location, () => new PostGisTransaction(this, _source.OpenConnection(), mode));
        return _active;
    }

    internal void Ended(PostGisTransaction transaction)
    {
        if (ReferenceEquals(_active, transaction)) _active = null;
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _active?.Dispose();
    }

    /// <summary>Runs <paramref name="action"/>, turning PostgreSQL failures into Storage errors naming the store.</summary>
    internal static T Guard<T>(string location, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (NpgsqlException e)
        {
            throw Wrap(location, e);
        }
    }

    internal static void Guard(string location, Action action) => Guard(location, () =>
    {
        action();
        return 0;
    });

    // PostgreSQL's own words (in the server's language, lc_messages), with its detail when it gives one.
    internal static SafegroundException Wrap(string location, NpgsqlException e) => new(ErrorKind.Storage,
        e is PostgresException { Detail: { } detail } p ? Texts.Render("store.database-error-detail", ("location", location), ("reason", p.MessageText), ("detail", detail))
        : Texts.Render("store.database-error", ("location", location), ("reason", e is PostgresException q ? q.MessageText : e.Message)), e);
}
