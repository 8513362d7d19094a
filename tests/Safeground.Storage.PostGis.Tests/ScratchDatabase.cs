using Npgsql;

namespace Safeground.Storage.PostGis.Tests;

/// <summary>
/// A database of its own on the test server, with PostGIS, dropped afterwards: a backup restores into the schema
/// it was taken of, so comparing a restored copy with its source while both exist needs a second database.
/// </summary>
public sealed class ScratchDatabase : IDisposable
{
    private readonly string _server;

    public ScratchDatabase()
    {
        _server = TestServer.Url();
        Name = $"sg_scratch_{Guid.NewGuid():N}";
        Exec(_server, $"CREATE DATABASE {Name}");
        Exec(UrlOf(null), "CREATE EXTENSION postgis");
    }

    public string Name { get; }

    /// <summary>The URL of <paramref name="schema"/> (default public) in this database.</summary>
    public string UrlOf(string? schema)
    {
        var b = new UriBuilder(_server) { Path = "/" + Name, Query = schema is null ? "" : "schema=" + schema };
        return b.Uri.ToString();
    }

    public void Dispose()
    {
        PostGisStore.ClosePool(UrlOf(null));
        Exec(_server, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    public static void Exec(string url, string sql)
    {
        using var c = new NpgsqlConnection(PostGisLocation.Parse(url).ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }
}
