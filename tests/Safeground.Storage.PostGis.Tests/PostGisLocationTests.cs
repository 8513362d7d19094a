using Safeground.Core;

namespace Safeground.Storage.PostGis.Tests;

/// <summary>The postgres:// URL a user types: what it opens, and the clear refusals of what it cannot.</summary>
public sealed class PostGisLocationTests
{
    [Fact]
    public void A_url_gives_the_server_database_schema_and_a_name_without_the_password()
    {
        var l = PostGisLocation.Parse("postgres://field%20kit:s3cr%40t@db.example:6543/mine_action?schema=national");
        var cs = new Npgsql.NpgsqlConnectionStringBuilder(l.ConnectionString);
        Assert.Equal(("db.example", 6543, "mine_action", "field kit", "s3cr@t"), (cs.Host, cs.Port, cs.Database, cs.Username, cs.Password));
        Assert.Equal("national", l.Schema);
        Assert.Equal("national,public", cs.SearchPath);
        Assert.Equal("postgres://field%20kit:***@db.example:6543/mine_action?schema=national", l.Display);
        Assert.DoesNotContain("s3cr", l.Display, StringComparison.Ordinal);
        Assert.Equal("public", PostGisLocation.Parse("postgresql://localhost/db").Schema);
        Assert.Equal(5432, new Npgsql.NpgsqlConnectionStringBuilder(PostGisLocation.Parse("postgresql://localhost/db").ConnectionString).Port);
    }

    [Theory]
    [InlineData("postgres://localhost/", "name the database")]
    [InlineData("postgres://localhost/db?schema=Bad-Name", "schema 'Bad-Name'")]
    [InlineData("postgres://localhost/db?colour=blue", "unknown option 'colour'")]
    [InlineData("postgres://u:pw@/db", "not a PostgreSQL URL")]
    public void A_bad_url_is_refused_saying_why_and_never_showing_the_password(string url, string expected)
    {
        var e = Assert.Throws<SafegroundException>(() => PostGisLocation.Parse(url));
        Assert.Equal(ErrorKind.Invalid, e.Kind);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(":pw@", e.Message, StringComparison.Ordinal);
    }
}
