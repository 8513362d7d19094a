using System.Net;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>
/// No answer names the server's file system: the landing page and errors (404, 409, 422, a store that cannot be opened)
/// name the store by its file name, where the CLI prints the full path.
/// </summary>
public class ServerPathTests(DemoServer server) : IClassFixture<DemoServer>
{
    private string Directory => Path.GetDirectoryName(server.StorePath)!;

    [Fact]
    public async Task Answers_and_errors_name_the_store_without_its_directory()
    {
        var admin = server.ClientFor("admin");
        var answers = new List<(HttpStatusCode Status, string Body)>
        {
            await Text(server.Anonymous, "/"),
            await Text(admin, "/api/v1/hazards/HA-NOPE"),
            await Text(admin, "/api/v1/reports/R-NOPE"),
            await Text(admin, "/ogc/collections/hazards/items/HA-NOPE"),
            await Text(admin, "/api/v1/users/nobody/tokens"),
        };
        Assert.Contains(answers, a => a.Body.Contains("demo.gpkg", StringComparison.Ordinal)); // the store is still named
        Assert.Contains(answers, a => a.Status == HttpStatusCode.NotFound);
        foreach (var (status, body) in answers)
            Assert.False(body.Contains(Directory, StringComparison.Ordinal), $"{status}: {body}");
    }

    [Fact]
    public async Task A_store_that_cannot_be_opened_is_a_problem_without_its_path()
    {
        var dir = System.IO.Directory.CreateTempSubdirectory("sg-broken-").FullName;
        var path = Path.Combine(dir, "broken.gpkg");
        await File.WriteAllTextAsync(path, "this is not a GeoPackage, it only has the name of one");
        var app = SafegroundServer.Build(new ServerOptions(() => GeoPackageStore.OpenPooled(path), path, Port: 0, AllowAnonymous: true));
        await app.StartAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = SafegroundServer.Address(app) };
            var (status, body) = await Text(client, "/api/v1/hazards");
            Assert.True((int)status >= 400, $"{status}: {body}");
            Assert.Contains("broken.gpkg", body, StringComparison.Ordinal);
            Assert.False(body.Contains(dir, StringComparison.Ordinal), $"{status}: {body}");
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            GeoPackageStore.ClosePool(path);
            System.IO.Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_store_is_named_by_its_file_or_database_only()
    {
        Assert.Equal("demo.gpkg", StoreRedaction.PublicName("/srv/safeground/demo.gpkg"));
        Assert.Equal("PostgreSQL database mine", StoreRedaction.PublicName("postgres://ops@db.internal:5432/mine?schema=x"));
        Assert.Equal("demo.gpkg: report R-1 already exists; see demo.gpkg-wal",
            StoreRedaction.Scrub("/srv/safeground/demo.gpkg: report R-1 already exists; see /srv/safeground/demo.gpkg-wal", "/srv/safeground/demo.gpkg"));
    }

    private static async Task<(HttpStatusCode, string)> Text(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
