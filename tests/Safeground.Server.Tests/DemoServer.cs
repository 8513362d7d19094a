using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Safeground.Core.Access;
using Safeground.Demo;
using Safeground.Core.Lifecycle;
using Safeground.Storage.GeoPackage;

namespace Safeground.Server.Tests;

/// <summary>
/// A real Safeground server on a free loopback port over a fresh demo store, shared by the tests of a
/// class (xunit class fixture). Tests that write use their own instance. The store has users of every role
/// (see <see cref="Users"/>, all with <see cref="Password"/>); <see cref="Client"/> signs in as
/// <c>data.manager</c>, a data manager of the national authority, with an API token.
/// </summary>
public sealed class DemoServer : IAsyncLifetime
{
    public const string Password = "correct horse battery staple";
    public const string OrgA = "ORG-SES3";
    public const string OrgB = "ORG-FDGN";

    /// <summary>username, role, organisation (null: the national authority).</summary>
    public static readonly (string Name, Role Role, string? Org)[] Users =
    [
        ("data.manager", Role.DataManager, null),
        ("admin", Role.Admin, null),
        ("viewer", Role.Viewer, null),
        ("reporter.a", Role.FieldReporter, OrgA),
        ("reporter.b", Role.FieldReporter, OrgB),
        ("manager.a", Role.DataManager, OrgA),
        ("viewer.a", Role.Viewer, OrgA),
    ];

    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"sg-server-{Guid.NewGuid():N}");
    private readonly List<HttpClient> _clients = [];
    private WebApplication? _app;

    /// <summary>Set before <see cref="InitializeAsync"/> to serve with anonymous reading allowed.</summary>
    public bool AllowAnonymous { get; init; }

    /// <summary>Sign-in attempts per minute: high by default, since every test signs in from 127.0.0.1.</summary>
    public int SignInsPerMinute { get; init; } = 10_000;

    public string StorePath => Path.Combine(_dir, "demo.gpkg");
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Every endpoint the server routes to (the route table), for tests that go through all of them.</summary>
    public IReadOnlyList<RouteEndpoint> Endpoints =>
        _app!.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    /// <summary>Signed in as data.manager (authority data manager).</summary>
    public HttpClient Client { get; private set; } = new();

    /// <summary>No credentials at all.</summary>
    public HttpClient Anonymous { get; private set; } = new();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        var data = DemoOperation.Generate(DemoScale.Operation, DemoOperation.DefaultSeed);
        using (var store = GeoPackageStore.Open(StorePath))
        {
            new BulkLoader(store, TimeProvider.System, Safeground.Core.Rules.StoredProgramme.Of(store)).Load(data.Organisations, data.Teams, data.Deployments, data.HazardReports, data.OtherReports, "demo");
            using (var tx = store.BeginWrite())
            {
                tx.ReplaceRegions(data.Regions);
                tx.Commit();
            }
            // Few iterations: the fixture's users are made in milliseconds (the count is read back from the hash).
            foreach (var (name, role, org) in Users)
                UserAccounts.Add(store, name, null, role, org, Password, DateTimeOffset.UtcNow, iterations: 1000);
        }
        _app = SafegroundServer.Build(new ServerOptions(() => GeoPackageStore.OpenPooled(StorePath), StorePath, Port: 0, AllowAnonymous: AllowAnonymous,
            SignInsPerMinute: SignInsPerMinute, WebRoot: Path.Combine(AppContext.BaseDirectory, "web")));
        await _app.StartAsync();
        Address = SafegroundServer.Address(_app);
        Client = ClientFor("data.manager");
        Anonymous = NewClient();
    }

    /// <summary>A client sending a new API token of <paramref name="username"/>.</summary>
    public HttpClient ClientFor(string username) => WithBearer(Token(username));

    /// <summary>A new API token of <paramref name="username"/>, made directly in the store.</summary>
    public string Token(string username, int days = 1)
    {
        using var store = GeoPackageStore.Open(StorePath, create: false);
        return UserAccounts.IssueToken(store, username, "test", days, DateTimeOffset.UtcNow).Secret;
    }

    public HttpClient WithBearer(string token)
    {
        var c = NewClient();
        c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return c;
    }

    /// <summary>A client of its own (cookies kept), no credentials yet.</summary>
    public HttpClient NewClient()
    {
        var c = new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = Address };
        lock (_clients) _clients.Add(c);
        return c;
    }

    /// <summary>
    /// Signs in through POST /api/v1/session; the returned client carries the session cookie and, as the web app does,
    /// sends the session's antiforgery token (GET /api/v1/session/antiforgery) with every request.
    /// </summary>
    public async Task<HttpClient> SignIn(string username, string password = Password)
    {
        var c = NewClient();
        var (status, body) = await Api.Post(c, "/api/v1/session", $$"""{ "username": "{{username}}", "password": "{{password}}" }""");
        Assert.True(status == System.Net.HttpStatusCode.OK, $"sign in {username}: {status} {body}");
        await SendAntiforgery(c);
        return c;
    }

    /// <summary>Makes a signed-in cookie client send its session's antiforgery token from now on.</summary>
    public static async Task SendAntiforgery(HttpClient client)
    {
        var anti = await Api.GetOk(client, "/api/v1/session/antiforgery");
        client.DefaultRequestHeaders.Remove(anti.GetProperty("header").GetString()!);
        client.DefaultRequestHeaders.Add(anti.GetProperty("header").GetString()!, anti.GetProperty("token").GetString());
    }

    public async Task DisposeAsync()
    {
        foreach (var c in _clients) c.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        GeoPackageStore.ClosePool(StorePath);
        Directory.Delete(_dir, recursive: true);
    }
}
