using Npgsql;
using Safeground.Storage.PostGis;

namespace Safeground.Cli.Tests;

/// <summary>
/// A schema of its own on the test PostgreSQL server (SAFEGROUND_TEST_POSTGRES, started by scripts/test), dropped on
/// Dispose. Without a server the test skips, except in CI, where that is a failure.
/// </summary>
internal sealed class PostgresForTests : IDisposable
{
    public PostgresForTests()
    {
        var server = Environment.GetEnvironmentVariable("SAFEGROUND_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
                throw new InvalidOperationException("SAFEGROUND_TEST_POSTGRES is not set in CI: scripts/test starts a PostgreSQL server and sets it");
            Skip.If(true, "no PostgreSQL server: set SAFEGROUND_TEST_POSTGRES (scripts/test does)");
        }
        Url = server + (server!.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "schema=cli_" + Guid.NewGuid().ToString("N")[..12];
    }

    /// <summary>The store's URL: the server's, with this test's schema.</summary>
    public string Url { get; }

    public void Dispose()
    {
        var location = PostGisLocation.Parse(Url);
        using var c = new NpgsqlConnection(location.ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{location.Schema}\" CASCADE", c);
        cmd.ExecuteNonQuery();
    }
}
