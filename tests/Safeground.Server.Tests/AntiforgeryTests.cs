using System.Net;
using System.Text;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>
/// Cross-site request forgery: a write signed in by the session cookie carries its session's antiforgery token or is
/// refused (403, audited, nothing done); a bearer write needs none (a browser never sends a bearer token by itself).
/// </summary>
public class AntiforgeryTests(DemoServer server) : IClassFixture<DemoServer>
{
    private const string NewToken = """{ "name": "csrf probe", "days": 1 }""";

    [Fact]
    public async Task A_cookie_write_without_its_sessions_token_is_403_and_does_nothing()
    {
        var session = server.NewClient();
        var (signedIn, _) = await Api.Post(session, "/api/v1/session", $$"""{ "username": "reporter.a", "password": "{{DemoServer.Password}}" }""");
        Assert.Equal(HttpStatusCode.OK, signedIn);
        long before = TokenCount("reporter.a");

        var (bare, problem) = await Api.Post(session, "/api/v1/tokens", NewToken);
        Assert.Equal(HttpStatusCode.Forbidden, bare);
        Assert.Contains("antiforgery", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Another user's token (a page of the attacker's own session) does not fit this session.
        var other = await server.SignIn("reporter.b");
        var foreign = other.DefaultRequestHeaders.GetValues("X-CSRF-TOKEN").Single();
        using (var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/tokens", UriKind.Relative)) { Content = new StringContent(NewToken, Encoding.UTF8, "application/json") })
        {
            request.Headers.Add("X-CSRF-TOKEN", foreign);
            using var response = await session.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.Equal(before, TokenCount("reporter.a"));

        await DemoServer.SendAntiforgery(session);
        var (made, _) = await Api.Post(session, "/api/v1/tokens", NewToken);
        Assert.Equal(HttpStatusCode.Created, made);
        Assert.Equal(before + 1, TokenCount("reporter.a"));

        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        Assert.Contains(store.AuditLog(0, 100).Items, e => e.Action == "POST /api/v1/tokens" && e.Username == "reporter.a" && e.Status == 403);
    }

    [Fact]
    public async Task A_bearer_write_needs_no_antiforgery_token()
    {
        var (made, body) = await Api.Post(server.ClientFor("reporter.a"), "/api/v1/tokens", NewToken);
        Assert.True(made == HttpStatusCode.Created, $"{made} {body}");
    }

    private long TokenCount(string username)
    {
        using var store = GeoPackageStore.Open(server.StorePath, create: false);
        return Core.Access.UserAccounts.TokensOf(store, username).Count();
    }
}
