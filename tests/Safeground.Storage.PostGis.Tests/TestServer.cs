using Npgsql;

namespace Safeground.Storage.PostGis.Tests;

/// <summary>
/// The throw-away PostgreSQL + PostGIS server the tests use: SAFEGROUND_TEST_POSTGRES, a postgres:// URL of a
/// database the tests may create schemas in (scripts/test starts one with scripts/postgres). Without it the
/// tests skip, except in CI (CI set), where a missing server is a failure.
/// </summary>
public static class TestServer
{
    public const string Variable = "SAFEGROUND_TEST_POSTGRES";

    /// <summary>The server's URL, or a skip (a failure in CI) when there is none.</summary>
    public static string Url()
    {
        var url = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(url)) return url;
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            throw new InvalidOperationException($"{Variable} is not set in CI: scripts/test starts a PostgreSQL server and sets it");
        Skip.If(true, $"no PostgreSQL server: set {Variable} (scripts/test does) to run the PostGIS tests");
        return "";
    }

    /// <summary>The URL of a new, unique schema (its tables are made when a store is first opened there).</summary>
    public static string NewSchemaUrl(string prefix = "t")
    {
        var url = Url();
        var schema = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(40, prefix.Length + 33)];
        return url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "schema=" + schema;
    }

    /// <summary>Drops the schema of <paramref name="url"/> with everything in it.</summary>
    public static void Drop(string url)
    {
        var location = PostGisLocation.Parse(url);
        PostGisStore.ClosePool(url);
        using var c = new NpgsqlConnection(location.ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{location.Schema}\" CASCADE", c);
        cmd.ExecuteNonQuery();
    }

    /// <summary>One value from <paramref name="url"/>'s schema, as another client (psql, QGIS) would read it.</summary>
    public static object? Scalar(string url, string sql)
    {
        var location = PostGisLocation.Parse(url);
        using var c = new NpgsqlConnection(location.ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        var v = cmd.ExecuteScalar();
        return v is DBNull ? null : v;
    }
}
