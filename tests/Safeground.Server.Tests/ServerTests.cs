using System.Net;
using System.Text.Json;

namespace Safeground.Server.Tests;

public class ServerTests(DemoServer server) : IClassFixture<DemoServer>
{
    [Fact]
    public async Task The_landing_page_links_the_api_and_ogc_with_security_headers()
    {
        using var response = await server.Client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["/api/v1", "/ogc", "/tiles/tiles.json"], doc.RootElement.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("href").GetString()));
        Assert.Equal("127.0.0.1", server.Address.Host);
    }

    [Fact]
    public async Task An_unknown_path_is_a_problem_not_a_page()
    {
        using var response = await server.Client.GetAsync(new Uri("/nowhere", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
